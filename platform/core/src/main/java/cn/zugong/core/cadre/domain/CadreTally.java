package cn.zugong.core.cadre.domain;

import cn.zugong.core.cadre.domain.CadreFigures.Figure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dashboard's figures from the per-county tally of the cadres (table {@code cadre_tally},
 * migration V37, kept by a trigger in the transaction of every change), read at a reference date.
 * Each county's rows count its active cadres by post level, gender, education ({@code FT/IS}),
 * party, authority and ethnicity, and by year and month of birth with the gender ({@code
 * 1980/FEMALE}, {@code 1980-03/FEMALE}); its {@code STATUS} rows count every cadre by status.
 *
 * <p>The age bands are decided here the way the list's age filter decides them ({@code birth <=
 * today - minAge years}, {@code birth > today - (maxAge + 1) years}): a year of birth that no
 * band boundary splits lies wholly in one band; of the years a boundary splits ({@link
 * #splitYears}) the months are read instead ({@link #monthCategories}), and the cadres of the
 * months a boundary splits ({@link #splitMonths}) are counted by day of birth from the cadres
 * themselves ({@link #BORN_DAY} rows, {@code 1980-03-07/FEMALE}). So every figure equals the count
 * of the list it opens, as the direct count does.
 */
public final class CadreTally {

    public static final String STATUS = "STATUS";
    public static final String BORN_YEAR = "BORN_YEAR";
    public static final String BORN_MONTH = "BORN_MONTH";
    public static final String BORN_DAY = "BORN_DAY";

    /** The stored dimensions read whole: every one but the months of birth. */
    public static final List<String> WHOLE = List.of(
            STATUS,
            FigureDimension.POST_LEVEL.name(),
            FigureDimension.GENDER.name(),
            FigureDimension.EDUCATION.name(),
            FigureDimension.POLITICAL_STATUS.name(),
            FigureDimension.MANAGEMENT_AUTHORITY.name(),
            FigureDimension.ETHNICITY.name(),
            BORN_YEAR);

    /** One stored (or day-counted) row: a county's cadres in a dimension's category. */
    public record Row(String county, String dimension, String category, long count) {}

    /** A month a band boundary splits: its first and last day. */
    public record Span(LocalDate first, LocalDate last) {}

    private final LocalDate today;
    private final List<LocalDate> boundaries;

    public CadreTally(LocalDate today) {
        this.today = today;
        Set<LocalDate> dates = new TreeSet<>();
        for (AgeBand band : AgeBand.values()) {
            if (band.minAge != null) {
                dates.add(today.minusYears(band.minAge));
            }
            if (band.maxAge != null) {
                dates.add(today.minusYears(band.maxAge + 1L));
            }
        }
        this.boundaries = List.copyOf(dates);
    }

    /** Whether a boundary falls inside [first, last) : the days on either side lie in different bands. */
    private boolean split(LocalDate first, LocalDate last) {
        return boundaries.stream().anyMatch(b -> !b.isBefore(first) && b.isBefore(last));
    }

    /** The years of birth a band boundary splits. */
    public Set<Integer> splitYears() {
        Set<Integer> years = new TreeSet<>();
        for (LocalDate boundary : boundaries) {
            int year = boundary.getYear();
            if (split(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
                years.add(year);
            }
        }
        return years;
    }

    /** The {@link #BORN_MONTH} categories to read: every month of the split years, per gender. */
    public List<String> monthCategories() {
        List<String> categories = new ArrayList<>();
        for (int year : splitYears()) {
            for (int month = 1; month <= 12; month++) {
                for (Gender gender : Gender.values()) {
                    categories.add(YearMonth.of(year, month) + "/" + gender.name());
                }
            }
        }
        return categories;
    }

    /** The months a band boundary splits, whose cadres are counted by day. */
    public List<Span> splitMonths() {
        List<Span> months = new ArrayList<>();
        for (LocalDate boundary : boundaries) {
            YearMonth month = YearMonth.from(boundary);
            Span span = new Span(month.atDay(1), month.atEndOfMonth());
            if (split(span.first(), span.last()) && !months.contains(span)) {
                months.add(span);
            }
        }
        return months;
    }

    /** The band of a day of birth, as the list's age filter bands it; null when none. */
    AgeBand band(LocalDate born) {
        for (AgeBand band : AgeBand.values()) {
            boolean old = band.minAge == null || !born.isAfter(today.minusYears(band.minAge));
            boolean young = band.maxAge == null || born.isAfter(today.minusYears(band.maxAge + 1L));
            if (old && young) {
                return band;
            }
        }
        return null;
    }

    /** The figures of the rows: a total per county and the counts of every category above zero. */
    public List<Figure> figures(List<Row> rows) {
        Set<Integer> splitYears = splitYears();
        Map<Key, Long> counts = new LinkedHashMap<>();
        for (Row row : rows) {
            switch (row.dimension()) {
                case STATUS -> {
                    if (row.category().equals(CadreStatus.ACTIVE.name())) {
                        add(counts, row.county(), null, null, row.count());
                    }
                }
                case "EDUCATION" -> education(counts, row);
                case "ETHNICITY" -> {
                    if (!row.category().isBlank()) {
                        add(counts, row.county(), FigureDimension.ETHNICITY, row.category(), row.count());
                    }
                }
                case BORN_YEAR -> {
                    Born born = Born.of(row.category());
                    if (!splitYears.contains(born.first().getYear())) {
                        age(counts, row, born);
                    }
                }
                case BORN_MONTH -> {
                    Born born = Born.of(row.category());
                    if (splitYears.contains(born.first().getYear())
                            && !split(born.first(), YearMonth.from(born.first()).atEndOfMonth())) {
                        age(counts, row, born);
                    }
                }
                case BORN_DAY -> age(counts, row, Born.of(row.category()));
                default -> fixed(counts, row);
            }
        }
        List<Figure> figures = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count > 0) {
                figures.add(new Figure(key.county(), key.dimension(), key.category(), count));
            }
        });
        return figures;
    }

    /** A stored category of a fixed dimension, when it is one of the dimension's categories. */
    private static void fixed(Map<Key, Long> counts, Row row) {
        FigureDimension dimension = FigureDimension.valueOf(row.dimension());
        if (Arrays.stream(dimension.categories()).anyMatch(c -> c.name().equals(row.category()))) {
            add(counts, row.county(), dimension, row.category(), row.count());
        }
    }

    /** 'FT/IS' counts for every level either of the two reaches (the list's education filter). */
    private static void education(Map<Key, Long> counts, Row row) {
        String[] levels = row.category().split("/", -1);
        int best = Integer.MAX_VALUE;
        for (String level : levels) {
            for (EducationLevel known : EducationLevel.values()) {
                if (known.name().equals(level)) {
                    best = Math.min(best, known.ordinal());
                }
            }
        }
        for (Enum<?> category : FigureDimension.EDUCATION.categories()) {
            if (best <= category.ordinal()) {
                add(counts, row.county(), FigureDimension.EDUCATION, category.name(), row.count());
            }
        }
    }

    private void age(Map<Key, Long> counts, Row row, Born born) {
        AgeBand band = band(born.first());
        if (band == null) {
            return;
        }
        add(counts, row.county(), FigureDimension.AGE_BAND, band.name(), row.count());
        if (born.gender() != null) {
            add(
                    counts,
                    row.county(),
                    FigureDimension.AGE_AND_GENDER,
                    FigureDimension.ageAndGender(band, born.gender()),
                    row.count());
        }
    }

    private static void add(Map<Key, Long> counts, String county, FigureDimension dimension, String category, long n) {
        counts.merge(new Key(county, dimension, category), n, Long::sum);
    }

    private record Key(String county, FigureDimension dimension, String category) {}

    /** A period of birth ('1980', '1980-03' or '1980-03-07') and a gender: its first day stands for it. */
    private record Born(LocalDate first, Gender gender) {
        static Born of(String category) {
            int slash = category.indexOf('/');
            String period = category.substring(0, slash);
            String gender = category.substring(slash + 1);
            LocalDate first =
                    switch (period.length()) {
                        case 4 -> LocalDate.of(Integer.parseInt(period), 1, 1);
                        case 7 -> YearMonth.parse(period).atDay(1);
                        default -> LocalDate.parse(period);
                    };
            boolean known =
                    Arrays.stream(Gender.values()).anyMatch(g -> g.name().equals(gender));
            return new Born(first, known ? Gender.valueOf(gender) : null);
        }
    }
}
