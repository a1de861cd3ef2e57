package cn.zugong.core.cadre.domain;

import cn.zugong.core.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a part of a cadre file meets before it is saved; each problem names the part's field
 * and a message key. Pure functions: the service passes the cadre's other parts, the forms check
 * the same rules before they raise their save event.
 */
public final class CadrePartRules {

    /** The earliest assessment year accepted (older years are typing mistakes). */
    static final int FIRST_ASSESSMENT_YEAR = 1950;

    private CadrePartRules() {}

    /**
     * A post holding: a unit (chosen or named), a title, a start, an end not before the start,
     * a positive term number, and at most one open main post among the cadre's holdings.
     */
    public static List<Problem> holding(PostHolding holding, List<PostHolding> others) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "unitName", holding.getUnitName(), 200, true);
        text(problems, "title", holding.getTitle(), 100, true);
        text(problems, "documentNo", holding.getDocumentNo(), 100, false);
        text(problems, "endDocumentNo", holding.getEndDocumentNo(), 100, false);
        if (holding.getStartDate() == null) {
            problems.add(new Problem("startDate", "cadre.error.required"));
        } else if (holding.getEndDate() != null && holding.getEndDate().isBefore(holding.getStartDate())) {
            problems.add(new Problem("endDate", "cadre.holding.error.end-before-start"));
        }
        if (holding.getTermNumber() != null && holding.getTermNumber() < 1) {
            problems.add(new Problem("termNumber", "cadre.holding.error.term"));
        }
        if (openMain(holding) && others.stream().anyMatch(o -> !o.getId().equals(holding.getId()) && openMain(o))) {
            problems.add(new Problem("mainPost", "cadre.holding.error.open-main"));
        }
        return problems;
    }

    private static boolean openMain(PostHolding holding) {
        return holding.isMainPost() && holding.getEndDate() == null;
    }

    /** A relative: relation, kinship class and name required; birth {@code YYYYMM} or {@code YYYYMMDD} when filled (V-F1). */
    public static List<Problem> family(FamilyMember member) {
        List<Problem> problems = new ArrayList<>();
        text(problems, "relation", member.getRelation(), 20, true);
        if (member.getKinshipClass() == null) {
            problems.add(new Problem("kinshipClass", "cadre.error.required"));
        }
        text(problems, "name", member.getName(), 50, true);
        if (!CadreValidator.blank(member.getBirth())
                && !CadreValidator.FORM_DATE.matcher(member.getBirth().strip()).matches()) {
            problems.add(new Problem("birth", "cadre.family.error.birth", List.of(member.getBirth())));
        }
        text(problems, "politicalStatus", member.getPoliticalStatus(), 40, false);
        text(problems, "workUnitAndPost", member.getWorkUnitAndPost(), 200, false);
        return problems;
    }

    /** An annual assessment: a past or current year not yet recorded for the cadre, a grade, a reason for no grade. */
    public static List<Problem> assessment(Assessment assessment, List<Assessment> others, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        int year = assessment.getYear();
        if (year > today.getYear()) {
            problems.add(new Problem("year", "cadre.assessment.error.future", List.of(String.valueOf(year))));
        } else if (year < FIRST_ASSESSMENT_YEAR) {
            problems.add(new Problem("year", "cadre.assessment.error.year"));
        } else if (others.stream().anyMatch(o -> !o.getId().equals(assessment.getId()) && o.getYear() == year)) {
            problems.add(new Problem("year", "cadre.assessment.error.taken", List.of(String.valueOf(year))));
        }
        if (assessment.getGrade() == null) {
            problems.add(new Problem("grade", "cadre.error.required"));
        } else if (assessment.getGrade() == AssessmentGrade.UNGRADED && CadreValidator.blank(assessment.getNote())) {
            problems.add(new Problem("note", "cadre.assessment.error.reason"));
        }
        text(problems, "note", assessment.getNote(), 200, false);
        return problems;
    }

    /** A reward or punishment: kind, a date not in the future, a title; issuer and document number within their lengths. */
    public static List<Problem> reward(RewardPunishment record, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (record.getKind() == null) {
            problems.add(new Problem("kind", "cadre.error.required"));
        }
        if (record.getDecidedOn() == null) {
            problems.add(new Problem("decidedOn", "cadre.error.required"));
        } else if (record.getDecidedOn().isAfter(today)) {
            problems.add(new Problem("decidedOn", "cadre.error.future"));
        }
        text(problems, "title", record.getTitle(), 200, true);
        text(problems, "issuer", record.getIssuer(), 100, false);
        text(problems, "documentNo", record.getDocumentNo(), 100, false);
        return problems;
    }

    public static void text(List<Problem> problems, String field, String value, int max, boolean required) {
        if (CadreValidator.blank(value)) {
            if (required) {
                problems.add(new Problem(field, "cadre.error.required"));
            }
        } else if (value.strip().length() > max) {
            problems.add(new Problem(field, "cadre.error.too-long", List.of(max)));
        }
    }
}
