package cn.zugong.core.cadre.application;

import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.HeldFigure;
import cn.zugong.core.cadre.infrastructure.CadreWhere;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * The list's where clause for a filter over the readable counties, with the cadres behind a
 * statistics figure ({@link HeldFigure}) looked up first through {@link HeldFigureLookup} (the statistics' own statement), in the
 * filter's county or else every readable one.
 */
final class CadreWheres {

    /** The most cadres a figure's list names (bound as parameters): a county's, not a province's. */
    static final int MOST_HELD = 20_000;

    private CadreWheres() {}

    /**
     * @throws ValidationException when the figure counts more than {@link #MOST_HELD} cadres (a
     *     figure over many counties: its list is opened per county)
     */
    static CadreWhere of(EntityManager em, CadreFilter filter, HeldFigureLookup figures) {
        List<String> readable = CountyAccess.readable();
        CadreWhere where = new CadreWhere(filter, readable);
        HeldFigure held = filter.held();
        if (held == null) {
            return where;
        }
        List<String> counties = filter.county() == null
                ? readable
                : readable.contains(filter.county()) ? List.of(filter.county()) : List.of();
        List<UUID> ids = figures.ids(em, counties, held.on(), held.figure());
        if (ids.size() > MOST_HELD) {
            throw new ValidationException(
                    List.of(new Problem("held", "cadre.filter.held.tooMany", List.of(ids.size(), MOST_HELD))));
        }
        return where.only(ids);
    }
}
