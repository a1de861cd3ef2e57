package cn.zugong.core.cadre.infrastructure.interchange;

import cn.zugong.core.cadre.domain.AssessmentGrade;
import cn.zugong.core.cadre.domain.FormTexts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the form's NianDuKaoHeJieGuo ("2021年、2022年年度考核称职；2023年年度考核优秀。") as one grade
 * per year. A year takes the first grade named after it and before the next year; years without
 * a grade of their own share the next one ("2021年、2022年…称职"). Text that does not read that way
 * in full (a statement without a year or grade, a year named twice) gives nothing: it is kept as
 * written instead ({@link KeptWording}).
 */
final class AssessmentText {

    private static final Pattern STATEMENTS = Pattern.compile("[；;。\\n]+");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    // Longer words first, so that 基本称职 is not read as 称职.
    private static final Pattern GRADE = Pattern.compile("不定等次|基本称职|基本合格|不称职|不合格|称职|合格|优秀");
    private static final String NONE = "无";

    /** One year's grade as the text gives it. */
    record Graded(int year, AssessmentGrade grade) {}

    private AssessmentText() {}

    static Optional<List<Graded>> read(String text) {
        Map<Integer, AssessmentGrade> grades = new LinkedHashMap<>();
        for (String statement : STATEMENTS.split(text == null ? "" : text.strip())) {
            String s = statement.strip();
            if (s.isEmpty() || s.equals(NONE)) {
                continue;
            }
            if (!statement(s, grades)) {
                return Optional.empty();
            }
        }
        return Optional.of(grades.entrySet().stream()
                .map(e -> new Graded(e.getKey(), e.getValue()))
                .toList());
    }

    private static boolean statement(String s, Map<Integer, AssessmentGrade> grades) {
        List<Integer> pending = new ArrayList<>();
        Matcher year = YEAR.matcher(s);
        List<int[]> years = new ArrayList<>();
        while (year.find()) {
            years.add(new int[] {Integer.parseInt(year.group(1)), year.start(), year.end()});
        }
        if (years.isEmpty()) {
            return false;
        }
        for (int i = 0; i < years.size(); i++) {
            int from = years.get(i)[2];
            int to = i + 1 < years.size() ? years.get(i + 1)[1] : s.length();
            pending.add(years.get(i)[0]);
            Matcher grade = GRADE.matcher(s).region(from, to);
            if (grade.find()) {
                AssessmentGrade found =
                        FormTexts.parse(AssessmentGrade.class, grade.group()).orElseThrow();
                for (int y : pending) {
                    if (grades.putIfAbsent(y, found) != null) {
                        return false;
                    }
                }
                pending.clear();
            }
        }
        return pending.isEmpty();
    }
}
