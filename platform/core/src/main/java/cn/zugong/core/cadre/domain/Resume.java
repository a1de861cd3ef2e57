package cn.zugong.core.cadre.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The resume (jianli) generated from post holdings, one line per period in the form's style:
 * {@code YYYY.MM--YYYY.MM  unit and post}, an open period ends with blanks. Side posts held beside
 * the main one are not separate lines. The file keeps an edited resume as edited.
 */
public final class Resume {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");
    private static final String OPEN = "       ";

    private Resume() {}

    public static String of(List<PostHolding> holdings) {
        return holdings.stream()
                .filter(PostHolding::isMainPost)
                .sorted(Comparator.comparing(PostHolding::getStartDate))
                .map(Resume::line)
                .collect(Collectors.joining("\n"));
    }

    private static String line(PostHolding h) {
        return month(h.getStartDate()) + "--" + (h.getEndDate() == null ? OPEN : month(h.getEndDate())) + "  "
                + h.getUnitName() + h.getTitle();
    }

    static String month(LocalDate date) {
        return date.format(MONTH);
    }
}
