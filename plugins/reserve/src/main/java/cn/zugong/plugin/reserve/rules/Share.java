package cn.zugong.plugin.reserve.rules;

/**
 * A minimum share kept as an exact fraction, so that "不少于三分之一" is met by 1 of 3 and missed by
 * 3 of 10 without rounding. Written {@code n/d} in the rule pack ({@code 1/3}, {@code 25/100}).
 *
 * @param numerator n
 * @param denominator d, positive
 */
public record Share(int numerator, int denominator) {

    public Share {
        if (numerator < 0 || denominator <= 0 || numerator > denominator) {
            throw new IllegalArgumentException("share " + numerator + "/" + denominator);
        }
    }

    /** Parses {@code n/d}; throws {@link IllegalArgumentException} for anything else. */
    public static Share parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("share " + text);
        }
        return new Share(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    }

    /** Whether {@code count} of {@code total} reaches this share; an empty group reaches none but 0/d. */
    public boolean metBy(int count, int total) {
        if (total == 0) {
            return numerator == 0;
        }
        return (long) count * denominator >= (long) numerator * total;
    }

    /** The share in per cent, for display. */
    public double percent() {
        return 100.0 * numerator / denominator;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
