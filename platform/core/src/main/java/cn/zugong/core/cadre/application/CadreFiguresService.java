package cn.zugong.core.cadre.application;

import cn.zugong.core.cadre.domain.AgeBand;
import cn.zugong.core.cadre.domain.CadreFigures;
import cn.zugong.core.cadre.domain.CadreFigures.Figure;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreTally;
import cn.zugong.core.cadre.domain.FigureDimension;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.infrastructure.CadreWhere;
import cn.zugong.core.cadre.infrastructure.TallyRows;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.ReportsConnectionProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's cadre figures for the caller's tenancy (one county, or a supervisor's scope).
 *
 * <p>On PostgreSQL they are summed from the per-county tally ({@link CadreTally}, table {@code
 * cadre_tally}), which a trigger keeps in the transaction of every change of a cadre: a few hundred
 * rows per county instead of every cadre, so a province's dashboard stays within its time
 * (deployment/perf/README.md). The tests hold every figure equal to the count of its list after each
 * kind of change.
 *
 * <p>On H2 (the run command's single demo county, no tally) they are counted by the database in two
 * statements grouped by county: one pass over the active cadres with
 * a {@code count(c) filter (where …)} per category of every fixed dimension (levels, bands, genders,
 * education, party, authority, the pyramid), and one grouped by ethnicity (free text). Every count's
 * condition is the cadre list's own where clause ({@link CadreWhere}) for the filter its figure
 * opens, so a figure equals the count of its list by construction, and the same tenant wall
 * (readable counties, row-level security) holds. At province size one pass instead of one per
 * category is what keeps the dashboard within its time (deployment/perf/README.md).
 */
@ApplicationScoped
@Transactional
public class CadreFiguresService {

    /** The dimensions counted by their fixed categories in the one pass. */
    private static final List<FigureDimension> FIXED = List.of(
            FigureDimension.POST_LEVEL,
            FigureDimension.AGE_BAND,
            FigureDimension.GENDER,
            FigureDimension.EDUCATION,
            FigureDimension.POLITICAL_STATUS,
            FigureDimension.MANAGEMENT_AUTHORITY);

    private static final CadreFilter ACTIVE = FigureDimension.activeCadres();

    /** One counted column of the pass: its figure's dimension and category, and its filter. */
    private record Column(FigureDimension dimension, String category, CadreWhere where) {}

    /** The reports' unit: the replica when there is one. */
    @PersistenceContext(unitName = ReportsConnectionProvider.UNIT)
    EntityManager em;

    public CadreFigures figures() {
        if (!TallyRows.kept(em)) {
            return counted();
        }
        List<String> readable = CountyAccess.readable();
        CadreTally tally = new CadreTally(LocalDate.now());
        return new CadreFigures(counties(readable), tally.figures(TallyRows.read(em, readable, tally)));
    }

    /** The figures counted from the cadres themselves, as on H2. */
    CadreFigures counted() {
        List<String> readable = CountyAccess.readable();
        List<Figure> figures = new ArrayList<>();
        onePass(readable, figures);
        ethnicities(readable, figures);
        return new CadreFigures(counties(readable), figures);
    }

    private static List<String> counties(List<String> readable) {
        return readable.stream().filter(c -> !c.equals("-")).toList();
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (FigureDimension dimension : FIXED) {
            for (Enum<?> category : dimension.categories()) {
                columns.add(
                        new Column(dimension, category.name(), CadreWhere.category(dimension.filter(category.name()))));
            }
        }
        for (AgeBand band : AgeBand.values()) {
            for (Gender gender : Gender.values()) {
                String category = FigureDimension.ageAndGender(band, gender);
                columns.add(new Column(
                        FigureDimension.AGE_AND_GENDER,
                        category,
                        CadreWhere.category(FigureDimension.AGE_AND_GENDER.filter(category))));
            }
        }
        return columns;
    }

    private void onePass(List<String> readable, List<Figure> out) {
        List<Column> columns = columns();
        CadreWhere active = new CadreWhere(ACTIVE, readable);
        StringBuilder select = new StringBuilder("select c.tenantId, count(c)");
        for (int i = 0; i < columns.size(); i++) {
            select.append(", count(c) filter (where ")
                    .append(columns.get(i).where().conditions("_" + i))
                    .append(')');
        }
        var query = active.bind(
                em.createQuery(select + " from Cadre c" + active.clause() + " group by c.tenantId", Object[].class));
        for (int i = 0; i < columns.size(); i++) {
            columns.get(i).where().bind(query, "_" + i);
        }
        for (Object[] row : query.getResultList()) {
            String county = (String) row[0];
            out.add(new Figure(county, null, null, ((Number) row[1]).longValue()));
            for (int i = 0; i < columns.size(); i++) {
                long count = ((Number) row[i + 2]).longValue();
                if (count > 0) {
                    Column column = columns.get(i);
                    out.add(new Figure(county, column.dimension(), column.category(), count));
                }
            }
        }
    }

    private void ethnicities(List<String> readable, List<Figure> out) {
        CadreWhere where = new CadreWhere(ACTIVE, readable);
        List<Object[]> rows = where.bind(em.createQuery(
                        "select c.tenantId, c.ethnicity, count(c) from Cadre c" + where.clause()
                                + " group by c.tenantId, c.ethnicity",
                        Object[].class))
                .getResultList();
        for (Object[] row : rows) {
            out.add(new Figure(
                    (String) row[0], FigureDimension.ETHNICITY, (String) row[1], ((Number) row[2]).longValue()));
        }
    }
}
