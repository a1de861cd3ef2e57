package cn.zugong.core.demo;

import cn.zugong.core.cadre.domain.Gender;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * Synthetic resident id numbers with a valid GB 11643 check digit and document numbers. The region
 * prefix 510100 is a city-level code, never a county's, so no generated number is a real person's.
 */
final class DemoIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private DemoIdNumbers() {}

    static String of(LocalDate birth, Gender gender, RandomGenerator random) {
        int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
        String body = "510100" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }

    /** A document number in the usual shape: prefix, year in brackets, number (format from the word list). */
    static String document(String format, int year, RandomGenerator random) {
        return String.format(format, year, 1 + random.nextInt(80));
    }
}
