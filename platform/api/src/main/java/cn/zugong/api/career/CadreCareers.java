package cn.zugong.api.career;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The careers of the request's county as a plugin may read them: each cadre's post holdings, the
 * family on the file and the county's units. Holdings and units need {@code cadres.read} in the
 * plugin's {@code Plugin-Data-Access}; the family, which is sensitive, needs {@code cadres.family}
 * too, and every read of it is written to the county's audit trail under the plugin's id.
 *
 * <p>A rule over one cadre reads that cadre's holdings:
 *
 * {@snippet class=cn.zugong.api.snippets.CareerSnippets region=years-in-post :
 * CadreCareer career = context.careers().of(cadreId).orElseThrow();
 * long years = career.current().stream()
 *         .filter(Holding::mainPost)
 *         .mapToLong(h -> ChronoUnit.YEARS.between(h.start(), today))
 *         .max().orElse(0);
 * }
 *
 * <p>A scan of the whole county reads every career and every family once, not cadre by cadre:
 *
 * {@snippet class=cn.zugong.api.snippets.CareerSnippets region=scan :
 * List<CadreCareer> careers = context.careers().inOffice();
 * Map<UUID, List<Relative>> families = context.careers().families();
 * for (CadreCareer career : careers) {
 *     for (Relative relative : families.getOrDefault(career.cadreId(), List.of())) {
 *         if (relative.kinshipClass().equals("SPOUSE")) {
 *             spouses.add(relative.name());
 *         }
 *     }
 * }
 * }
 *
 * @since 1.3.0
 */
public interface CadreCareers {

    /** One cadre's career; empty when the cadre does not exist or is not readable here. */
    Optional<CadreCareer> of(UUID cadreId);

    /** The careers of the cadres in office of the request's county, ordered by name. */
    List<CadreCareer> inOffice();

    /**
     * The family members on one cadre's file, in the file's order. Audited as a read of the
     * cadre's family.
     *
     * @throws SecurityException when the plugin did not declare {@code cadres.family}
     */
    List<Relative> family(UUID cadreId);

    /**
     * The family members of every cadre in office of the request's county, by cadre id: one read
     * for a scan, audited once for the county with the number of files read.
     *
     * @throws SecurityException when the plugin did not declare {@code cadres.family}
     */
    Map<UUID, List<Relative>> families();

    /** The units of the request's county, with their kind and their parent. */
    List<UnitRef> units();

    /**
     * The personal facts and assessment grades of one cadre's file; empty when the cadre does not
     * exist or is not readable here. Needs {@code cadres.read}.
     *
     * @since 1.3.0
     */
    default Optional<CadreProfile> profile(UUID cadreId) {
        throw new UnsupportedOperationException("CadreCareers.profile needs a platform with SDK 1.3.0");
    }

    /**
     * The profiles of the given cadres, by cadre id, in one read (those not readable here are left
     * out). Needs {@code cadres.read}.
     *
     * @since 1.3.0
     */
    default Map<UUID, CadreProfile> profiles(Collection<UUID> cadreIds) {
        throw new UnsupportedOperationException("CadreCareers.profiles needs a platform with SDK 1.3.0");
    }

    /**
     * The approved posts (职数) of the units of the counties the request reads (its county; a
     * supervisor's counties in scope) against those held, two rows per
     * unit (principal and deputy posts), ordered by unit name. Needs {@code cadres.read}.
     *
     * @since 1.3.0
     */
    default List<PostQuota> quotas() {
        throw new UnsupportedOperationException("CadreCareers.quotas needs a platform with SDK 1.3.0");
    }

    /**
     * The positions of the request's county nobody holds today, by unit name and title, each with
     * the seats its unit's post quota (职数) still has free at its kind: what an exchange plan fills.
     *
     * {@snippet class=cn.zugong.api.snippets.CareerSnippets region=vacancies :
     * List<PositionRef> open = context.careers().vacancies().stream()
     *         .filter(p -> p.freeSeats() > 0)
     *         .toList();
     * }
     *
     * @since 1.3.0
     */
    default List<PositionRef> vacancies() {
        throw new UnsupportedOperationException("vacancies: SDK 1.3.0");
    }
}
