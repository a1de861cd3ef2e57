package cn.zugong.core.cadre.infrastructure.excel;

/** Valid test id numbers: the GB 11643 check character appended to 17 digits. */
final class Ids {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private Ids() {}

    static String valid(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** The same number with a wrong check character. */
    static String badCheck(String first17) {
        String good = valid(first17);
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        return first17 + wrong;
    }
}
