package cn.zugong.core.intake.application;

import cn.zugong.core.intake.domain.PublicCandidate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The candidates of a county's cases in their pre-appointment publicity today (open, at the
 * publicity step, the day within its period), with what the publicity publishes and nothing more.
 * Runs in the caller's tenancy (the county, read only), so the wall lets no other county through.
 */
@ApplicationScoped
@Transactional
public class PublicCandidates {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    public List<PublicCandidate> underPublicity(String county, LocalDate today) {
        List<?> rows = em.createNativeQuery(
                        "select c.id, c.chosen_cadre_id, d.name, u.name, p.title from selection_case c"
                                + " join cadre d on d.tenant_id = c.tenant_id and d.id = c.chosen_cadre_id"
                                + " left join unit_position p on p.tenant_id = c.tenant_id and p.id = c.position_id"
                                + " left join org_unit u on u.tenant_id = c.tenant_id and u.id = c.unit_id"
                                + " where c.tenant_id = ? and c.step = 'PUBLICITY' and c.status = 'OPEN'"
                                + " and c.publicity_from <= ? and c.publicity_to >= ? order by d.name, c.id")
                .setParameter(1, county)
                .setParameter(2, Date.valueOf(today))
                .setParameter(3, Date.valueOf(today))
                .getResultList();
        List<PublicCandidate> candidates = new ArrayList<>();
        for (Object o : rows) {
            Object[] row = (Object[]) o;
            UUID cadre = uuid(row[1]);
            candidates.add(new PublicCandidate(
                    uuid(row[0]), cadre, (String) row[2], currentPost(county, cadre), join(row[3], row[4])));
        }
        return candidates;
    }

    private String currentPost(String county, UUID cadre) {
        List<?> rows = em.createNativeQuery("select unit_name, title from post_holding where tenant_id = ?"
                        + " and cadre_id = ? and main_post = true and end_date is null order by start_date desc")
                .setParameter(1, county)
                .setParameter(2, cadre)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return "";
        }
        Object[] row = (Object[]) rows.get(0);
        return join(row[0], row[1]);
    }

    private static String join(Object unit, Object title) {
        return ((unit == null ? "" : unit.toString()) + (title == null ? "" : title.toString())).strip();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
