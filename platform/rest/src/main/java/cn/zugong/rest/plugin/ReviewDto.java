package cn.zugong.rest.plugin;

import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.install.PluginContents;
import cn.zugong.core.plugin.install.PluginReview;
import cn.zugong.core.validation.Problem;
import cn.zugong.rest.ProblemDetail;
import java.util.List;
import java.util.function.Function;

/**
 * What installing a jar would do: what it declares and ships, and in {@code problems} every reason
 * it would be refused, each with its {@code code} and its {@code detail} in the caller's language
 * (the shape of a refused upload's {@code errors}).
 *
 * @param kept the data an earlier, uninstalled installation left; null when there is none
 */
public record ReviewDto(
        String id,
        String version,
        String provider,
        String description,
        String requires,
        List<String> permissions,
        List<String> dataAccess,
        List<String> migrations,
        List<String> tables,
        List<String> gates,
        List<String> jobs,
        Kept kept,
        String signer,
        String installedVersion,
        String sha256,
        List<ProblemDetail.FieldError> problems) {

    /** The tables and rows (over every county) kept from before. */
    public record Kept(int tables, long rows) {}

    static ReviewDto of(PluginReview review, Function<Problem, ProblemDetail.FieldError> words) {
        var m = review.manifest();
        PluginContents contents = review.contents();
        return new ReviewDto(
                m.map(PluginManifest::id).orElse(null),
                m.map(PluginManifest::version).orElse(null),
                m.map(PluginManifest::provider).orElse(null),
                m.map(PluginManifest::description).orElse(null),
                m.map(PluginManifest::requires).orElse(null),
                m.map(PluginManifest::permissions).orElse(List.of()),
                m.map(PluginManifest::dataAccess).orElse(List.of()),
                contents.migrations(),
                contents.tables(),
                contents.gates(),
                contents.jobs(),
                review.kept().map(k -> new Kept(k.tables(), k.rows())).orElse(null),
                review.signer().orElse(null),
                review.installedVersion().orElse(null),
                review.sha256(),
                review.problems().stream().map(words).toList());
    }
}
