package cn.zugong.rest;

import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Parses query parameters by hand, so that a bad value is a 400 problem naming the parameter
 * (Jakarta REST would answer 404 for an unconvertible query parameter).
 */
final class QueryValues {

    private QueryValues() {}

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String parameter) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, constant(value));
        } catch (IllegalArgumentException e) {
            throw invalid(parameter);
        }
    }

    /** {@code principalPosts}, {@code principal-posts} and {@code PRINCIPAL_POSTS} all name the same constant. */
    static String constant(String value) {
        return value.strip()
                .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toUpperCase(Locale.ROOT)
                .replace('-', '_');
    }

    static UUID uuid(String value, String parameter) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(parameter);
        }
    }

    static Integer integer(String value, String parameter) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(parameter);
        }
    }

    static boolean bool(String value) {
        return value != null && Boolean.parseBoolean(value.strip());
    }

    /** The value, or null after adding its problems to the list, so that every bad parameter is reported at once. */
    static <T> T attempt(Supplier<T> parse, List<Problem> problems) {
        try {
            return parse.get();
        } catch (ValidationException invalid) {
            problems.addAll(invalid.problems());
            return null;
        }
    }

    /** Refuses the request with every problem collected, if there is any. */
    static void refuseIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    static ValidationException invalid(String parameter) {
        return new ValidationException(List.of(new Problem(parameter, "api.error.parameter")));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
