package cn.zugong.rest;

/**
 * Optimistic concurrency for updates. A record's version is its entity tag ({@code ETag: "3"}).
 * An update must name the version it was based on: in {@code If-Match} (a mismatch is 412
 * Precondition Failed) or in the body's {@code version} (a mismatch is 409 Conflict). With
 * neither, the update is refused with 428 Precondition Required, so no one overwrites a change
 * they never saw.
 */
public final class Versions {

    private Versions() {}

    /** The quoted entity-tag text of a version, for a response header. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static void check(long current, String ifMatch, Long bodyVersion) {
        if (ifMatch == null && bodyVersion == null) {
            throw new ApiException(ApiProblem.of(ProblemKind.PRECONDITION_REQUIRED));
        }
        if (ifMatch != null && !matches(ifMatch, current)) {
            throw new ApiException(ApiProblem.of(ProblemKind.PRECONDITION_FAILED));
        }
        if (bodyVersion != null && bodyVersion != current) {
            throw new ApiException(ApiProblem.of(ProblemKind.CONFLICT));
        }
    }

    /** Whether an If-Match header names the current version (or is {@code *}); tags may be quoted or bare. */
    static boolean matches(String ifMatch, long current) {
        for (String part : ifMatch.split(",")) {
            String tag = part.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                continue; // If-Match compares strongly: a weak tag never matches
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(Long.toString(current))) {
                return true;
            }
        }
        return false;
    }
}
