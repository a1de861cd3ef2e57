package cn.zugong.core.ballot.domain;

/**
 * The share of the expected participants who must take part for a ballot to count, a [P] rule
 * of each province. No national figure exists (DOMAIN 9.C); the default is the two thirds of
 * DOMAIN 5.3 (a recommendation meeting's attendance), and a province sets its own ({@link #parse}).
 */
public record Participation(int numerator, int denominator) {

    public static final Participation DEFAULT = new Participation(2, 3);

    public Participation {
        if (numerator < 0 || denominator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("participation share " + numerator + "/" + denominator);
        }
    }

    /** Whether {@code took} of {@code expected} is at least the share. */
    public boolean met(int took, int expected) {
        return (long) took * denominator >= (long) expected * numerator;
    }

    /** A share written as {@code 2/3}; a blank or broken text is the default. */
    public static Participation parse(String text) {
        if (text == null || !text.strip().matches("\\d{1,4}/\\d{1,4}")) {
            return DEFAULT;
        }
        String[] parts = text.strip().split("/");
        try {
            return new Participation(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
    }
}
