package cn.zugong.core.selection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates on which the mandatory checks of a candidate were done (fanti sibi, DOMAIN 4.3): the
 * personnel file reviewed, the personal-matters report checked, the discipline commission's
 * opinion heard, the specific petitions verified; and the integrity conclusion signed by the party
 * secretary and the discipline secretary. Null: not done.
 */
public record Checks(
        LocalDate fileReviewedOn,
        LocalDate mattersCheckedOn,
        LocalDate disciplineOpinionOn,
        LocalDate petitionsCheckedOn,
        LocalDate integritySignedOn,
        String note) {

    /** How many checks there are: the four and the integrity conclusion. */
    public static final int COUNT = 5;

    /** The checks recorded on a candidate. */
    public static Checks of(SelectionCandidate k) {
        return new Checks(
                k.getFileReviewedOn(),
                k.getMattersCheckedOn(),
                k.getDisciplineOpinionOn(),
                k.getPetitionsCheckedOn(),
                k.getIntegritySignedOn(),
                k.getChecksNote());
    }

    /**
     * The checks without a date, in the order of the form, by name ({@code fileReviewedOn} ...; the
     * label key is {@code selection.check.<name>}). Empty when all five are done (DOMAIN 4.8).
     */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        add(missing, fileReviewedOn, "fileReviewedOn");
        add(missing, mattersCheckedOn, "mattersCheckedOn");
        add(missing, disciplineOpinionOn, "disciplineOpinionOn");
        add(missing, petitionsCheckedOn, "petitionsCheckedOn");
        add(missing, integritySignedOn, "integritySignedOn");
        return missing;
    }

    /** The missing checks as one message argument of label keys ({@code @selection.check.<name>, ...}). */
    public String missingKeys() {
        return String.join(
                ", ", missing().stream().map(m -> "@selection.check." + m).toList());
    }

    private static void add(List<String> missing, LocalDate done, String check) {
        if (done == null) {
            missing.add(check);
        }
    }
}
