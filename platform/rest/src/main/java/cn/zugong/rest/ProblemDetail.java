package cn.zugong.rest;

import java.util.List;

/**
 * An RFC 9457 problem detail, sent as {@code application/problem+json}. {@code errors} (an
 * extension member) lists the fields a request was refused for; it is empty for other problems.
 *
 * @param type a URI naming the kind of problem, {@code about:blank} when the status says it all
 * @param title a short summary of the kind, in the caller's language
 * @param status the HTTP status code
 * @param detail what went wrong with this request, in the caller's language
 * @param instance the request path
 * @param errors the refused fields
 */
public record ProblemDetail(
        String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemDetail {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * One refused field.
     *
     * @param field the field or query parameter
     * @param code the message key, stable for programs
     * @param detail the message, in the caller's language
     */
    public record FieldError(String field, String code, String detail) {}
}
