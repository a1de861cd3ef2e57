package cn.zugong.core.cadre.application;

import cn.zugong.core.cadre.domain.AgeBand;
import cn.zugong.core.cadre.domain.CadreFigures;
import cn.zugong.core.cadre.domain.CadreFigures.Figure;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.FigureDimension;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.infrastructure.CadreWhere;
import cn.zugong.core.tenant.CountyAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's cadre figures for the caller's tenancy (one county, or a supervisor's scope),
 * counted by the database in statements grouped by county. Every statement uses the cadre list's
 * own where clause ({@link CadreWhere}) with the filter its figure opens, so a figure equals the
 * count of its list by construction, and the same tenant wall (readable counties, row-level
 * security) holds.
 */
@ApplicationScoped
@Transactional
public class CadreFiguresService {

    /** The entity paths of the dimensions counted by grouping on a column. */
    private static final Map<FigureDimension, String> COLUMNS = Map.of(
            FigureDimension.POST_LEVEL, "c.postLevel",
            FigureDimension.GENDER, "c.gender",
            FigureDimension.ETHNICITY, "c.ethnicity",
            FigureDimension.POLITICAL_STATUS, "c.politicalStatus",
            FigureDimension.MANAGEMENT_AUTHORITY, "c.managementAuthority");

    private static final CadreFilter ACTIVE = FigureDimension.activeCadres();

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    public CadreFigures figures() {
        List<String> readable = CountyAccess.readable();
        List<Figure> figures = new ArrayList<>();
        perCounty(ACTIVE, readable, null, null, figures);
        COLUMNS.forEach((dimension, path) -> grouped(dimension, path, readable, figures));
        // Bands and levels are counted with the very filters their lists use (ages at today's date,
        // education "or above"): one grouped statement each, a handful per dashboard.
        for (FigureDimension dimension : List.of(FigureDimension.AGE_BAND, FigureDimension.EDUCATION)) {
            for (Enum<?> category : dimension.categories()) {
                perCounty(dimension.filter(category.name()), readable, dimension, category, figures);
            }
        }
        for (AgeBand band : AgeBand.values()) {
            pyramid(band, readable, figures);
        }
        List<String> counties = readable.stream().filter(c -> !c.equals("-")).toList();
        return new CadreFigures(counties, figures);
    }

    private void perCounty(
            CadreFilter filter, List<String> readable, FigureDimension dimension, Enum<?> category, List<Figure> out) {
        CadreWhere where = new CadreWhere(filter, readable);
        List<Object[]> rows = where.bind(em.createQuery(
                        "select c.tenantId, count(c) from Cadre c" + where.clause() + " group by c.tenantId",
                        Object[].class))
                .getResultList();
        for (Object[] row : rows) {
            out.add(new Figure(
                    (String) row[0],
                    dimension,
                    category == null ? null : category.name(),
                    ((Number) row[1]).longValue()));
        }
    }

    /** One band of the age pyramid, split by gender. */
    private void pyramid(AgeBand band, List<String> readable, List<Figure> out) {
        CadreWhere where = new CadreWhere(FigureDimension.AGE_BAND.filter(band.name()), readable);
        List<Object[]> rows = where.bind(em.createQuery(
                        "select c.tenantId, c.gender, count(c) from Cadre c" + where.clause()
                                + " and c.gender is not null group by c.tenantId, c.gender",
                        Object[].class))
                .getResultList();
        for (Object[] row : rows) {
            String category = FigureDimension.ageAndGender(band, (Gender) row[1]);
            out.add(new Figure(
                    (String) row[0], FigureDimension.AGE_AND_GENDER, category, ((Number) row[2]).longValue()));
        }
    }

    private void grouped(FigureDimension dimension, String path, List<String> readable, List<Figure> out) {
        CadreWhere where = new CadreWhere(ACTIVE, readable);
        List<Object[]> rows = where.bind(em.createQuery(
                        "select c.tenantId, " + path + ", count(c) from Cadre c" + where.clause()
                                + " group by c.tenantId, " + path,
                        Object[].class))
                .getResultList();
        for (Object[] row : rows) {
            Object value = row[1];
            String category = value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
            out.add(new Figure((String) row[0], dimension, category, ((Number) row[2]).longValue()));
        }
    }
}
