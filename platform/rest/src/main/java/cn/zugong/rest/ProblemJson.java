package cn.zugong.rest;

/**
 * Writes a problem as JSON where Jakarta REST is not running yet (the servlet filter that refuses
 * unauthenticated calls). Field names and order follow {@link ProblemDetail}.
 */
final class ProblemJson {

    private ProblemJson() {}

    static String write(ProblemDetail problem) {
        StringBuilder json = new StringBuilder("{");
        member(json, "type", problem.type()).append(',');
        member(json, "title", problem.title()).append(',');
        json.append("\"status\":").append(problem.status()).append(',');
        member(json, "detail", problem.detail()).append(',');
        member(json, "instance", problem.instance()).append(",\"errors\":[");
        for (int i = 0; i < problem.errors().size(); i++) {
            ProblemDetail.FieldError error = problem.errors().get(i);
            json.append(i == 0 ? "{" : ",{");
            member(json, "field", error.field()).append(',');
            member(json, "code", error.code()).append(',');
            member(json, "detail", error.detail()).append('}');
        }
        return json.append("]}").toString();
    }

    private static StringBuilder member(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":");
        return value == null ? json.append("null") : string(json, value);
    }

    private static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
