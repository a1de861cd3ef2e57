package cn.zugong.core.cadre.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dashboard's counts of active cadres per county in the caller's tenancy: the total and, per
 * {@link FigureDimension}, per category. Counties without a cadre in a category have no figure
 * there and read zero. Built from aggregate statements, never from loaded cadres.
 */
public record CadreFigures(List<String> counties, List<Figure> figures, Map<String, Long> byKey) {

    /** One count: a county's active cadres in a category ({@code dimension} null for the total). */
    public record Figure(String county, FigureDimension dimension, String category, long count) {}

    public CadreFigures {
        counties = List.copyOf(new TreeSet<>(counties));
        figures = List.copyOf(figures);
        byKey = Map.copyOf(byKey);
    }

    /**
     * The figures, looked up by county, dimension and category ({@code byKey}): a province's
     * dashboard asks for some ten thousand of them.
     */
    public CadreFigures(List<String> counties, List<Figure> figures) {
        this(counties, figures, index(figures));
    }

    private static Map<String, Long> index(List<Figure> figures) {
        Map<String, Long> byKey = new HashMap<>();
        figures.forEach(f -> byKey.merge(key(f.county(), f.dimension(), f.category()), f.count(), Long::sum));
        return byKey;
    }

    private static String key(String county, FigureDimension dimension, String category) {
        return county + '|' + dimension + '|' + category;
    }

    /** A county's active cadres. */
    public long total(String county) {
        return count(county, null, null);
    }

    /** A county's active cadres in a category, zero when none. */
    public long count(String county, FigureDimension dimension, String category) {
        return byKey.getOrDefault(key(county, dimension, category), 0L);
    }

    /** The sum over every county in the tenancy. */
    public long sum(FigureDimension dimension, String category) {
        return counties.stream().mapToLong(c -> count(c, dimension, category)).sum();
    }

    /** The categories of a dimension: the fixed ones in order, then any others counted (ethnicities). */
    public List<String> categories(FigureDimension dimension) {
        Set<String> categories = new LinkedHashSet<>();
        for (Enum<?> value : dimension.categories()) {
            categories.add(value.name());
        }
        figures.stream()
                .filter(f -> f.dimension() == dimension && f.category() != null)
                .map(Figure::category)
                .sorted()
                .forEach(categories::add);
        return new ArrayList<>(categories);
    }
}
