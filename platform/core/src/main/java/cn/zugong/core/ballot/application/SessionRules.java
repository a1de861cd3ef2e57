package cn.zugong.core.ballot.application;

import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The checks of a new session, with the field and message key of each problem. */
final class SessionRules {

    static final int MAX_EXPECTED = 2000;
    static final int MAX_NOMINEES = 60;

    private SessionRules() {}

    static void check(
            BallotKind kind,
            String title,
            List<Nominee> nominees,
            int expected,
            int maxMarks,
            Instant opensAt,
            Instant closesAt) {
        List<Problem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new Problem("kind", "ballot.kind.required"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "ballot.title.required"));
        } else if (title.strip().length() > 200) {
            problems.add(new Problem("title", "ballot.title.tooLong", List.of(200)));
        }
        if (nominees.isEmpty()) {
            problems.add(new Problem("nominees", "ballot.nominees.none"));
        } else if (nominees.size() > MAX_NOMINEES) {
            problems.add(new Problem("nominees", "ballot.nominees.tooMany", List.of(MAX_NOMINEES)));
        }
        if (nominees.stream()
                .anyMatch(
                        n -> n.name() == null || n.name().isBlank() || n.name().length() > 100)) {
            problems.add(new Problem("nominees", "ballot.nominees.name"));
        }
        if (expected < 1 || expected > MAX_EXPECTED) {
            problems.add(new Problem("expected", "ballot.expected.range", List.of(MAX_EXPECTED)));
        }
        if (kind == BallotKind.RECOMMENDATION && (maxMarks < 1 || maxMarks > Math.max(1, nominees.size()))) {
            problems.add(new Problem("maxMarks", "ballot.maxMarks.range", List.of(Math.max(1, nominees.size()))));
        }
        if (opensAt == null || closesAt == null) {
            problems.add(new Problem("window", "ballot.window.required"));
        } else if (!closesAt.isAfter(opensAt)) {
            problems.add(new Problem("window", "ballot.window.order"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    static ValidationException problem(String field, String key, Object... args) {
        return new ValidationException(List.of(new Problem(field, key, List.of(args))));
    }
}
