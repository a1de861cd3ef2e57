package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CivilRank;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.HeldFigure;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.statistics.FigureCadres;
import cn.zugong.core.unit.PostLevel;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The cadre list's filters as URL query parameters ({@code cadres?county=510115&level=COUNTY_DEPUTY},
 * {@code cadres?county=510115&heldOn=2025-12-31&figure=basic.ALL.FEMALE}),
 * so a dashboard figure links to the list it counts and the link can be kept or shared. A value
 * that does not parse is ignored, never an error page. The parameters only narrow: what the
 * caller reads is still decided by the server.
 */
public final class CadreListParameters {

    private CadreListParameters() {}

    /** The parameters that open the list with this filter (search and unit are not carried). */
    public static QueryParameters of(CadreFilter filter) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, "county", filter.county());
        put(values, "level", filter.postLevel());
        put(values, "rank", filter.civilRank());
        put(values, "minAge", filter.minAge());
        put(values, "maxAge", filter.maxAge());
        put(values, "gender", filter.gender());
        put(values, "ethnicity", filter.ethnicity());
        put(values, "party", filter.politicalStatus());
        put(values, "education", filter.minEducation());
        put(values, "status", filter.status());
        put(values, "authority", filter.managementAuthority());
        if (filter.held() != null) {
            put(values, "heldOn", filter.held().on());
            if (!filter.held().figure().equals(HeldFigure.IN_POST)) {
                put(values, "figure", filter.held().figure());
            }
        }
        return new QueryParameters(values);
    }

    /** The filter the parameters describe; empty when none of them is present. */
    static Optional<CadreFilter> parse(QueryParameters parameters) {
        Map<String, List<String>> values = parameters.getParameters();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(filter(values));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a minimum age above the maximum: the list opens unfiltered
        }
    }

    private static CadreFilter filter(Map<String, List<String>> values) {
        return new CadreFilter(
                "",
                null,
                value(values, "level", PostLevel::valueOf),
                value(values, "rank", CivilRank::valueOf),
                value(values, "minAge", Integer::valueOf),
                value(values, "maxAge", Integer::valueOf),
                value(values, "gender", Gender::valueOf),
                value(values, "ethnicity", Function.identity()),
                value(values, "party", PoliticalStatus::valueOf),
                value(values, "education", EducationLevel::valueOf),
                value(values, "status", CadreStatus::valueOf),
                value(values, "authority", ManagementAuthority::valueOf),
                null,
                value(values, "county", Function.identity()),
                held(values));
    }

    /**
     * "Held a post on date D" ({@code heldOn=2025-12-31}), narrowed to a statistics figure ({@code
     * figure=basic.COUNTY_DEPUTY.FEMALE}, {@code figure=change.RETIRED}); null when the date or
     * the figure does not parse.
     */
    private static HeldFigure held(Map<String, List<String>> values) {
        LocalDate on = value(values, "heldOn", LocalDate::parse);
        String figure = value(values, "figure", Function.identity());
        if (on == null || (figure != null && FigureCadres.parse(figure).isEmpty())) {
            return null;
        }
        return new HeldFigure(on, figure);
    }

    private static void put(Map<String, List<String>> values, String name, Object value) {
        if (value != null) {
            values.put(name, List.of(value instanceof Enum<?> e ? e.name() : value.toString()));
        }
    }

    private static <T> T value(Map<String, List<String>> values, String name, Function<String, T> parser) {
        List<String> given = values.getOrDefault(name, List.of());
        if (given.isEmpty() || given.getFirst().isBlank()) {
            return null;
        }
        try {
            return parser.apply(given.getFirst().strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return null;
        }
    }
}
