package cn.zugong.rest.plugin;

import cn.zugong.core.plugin.install.PluginReview;
import java.util.List;

/** What installing a jar would do; {@code problems} lists every reason it would be refused. */
public record ReviewDto(
        String id,
        String version,
        String provider,
        String requires,
        List<String> permissions,
        List<String> dataAccess,
        String signer,
        String installedVersion,
        String sha256,
        List<String> problems) {

    static ReviewDto of(PluginReview review) {
        var m = review.manifest();
        return new ReviewDto(
                m.map(x -> x.id()).orElse(null),
                m.map(x -> x.version()).orElse(null),
                m.map(x -> x.provider()).orElse(null),
                m.map(x -> x.requires()).orElse(null),
                m.map(x -> x.permissions()).orElse(List.of()),
                m.map(x -> x.dataAccess()).orElse(List.of()),
                review.signer().orElse(null),
                review.installedVersion().orElse(null),
                review.sha256(),
                review.problems().stream().map(p -> p.messageKey()).toList());
    }
}
