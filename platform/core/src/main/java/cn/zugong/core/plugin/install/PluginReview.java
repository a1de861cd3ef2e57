package cn.zugong.core.plugin.install;

import cn.zugong.core.plugin.data.KeptData;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.validation.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What the platform-sysadmin sees before installing a jar: what it declares and ships, who signed
 * it, the version it replaces, the data an earlier installation left, and every reason it would be
 * refused (none when it may be installed).
 *
 * @param signer the signing vendor's certificate subject; empty when unsigned or not trusted
 * @param contents its migrations, the tables they create, its gates and jobs
 * @param kept the tables and rows kept from an uninstalled installation of the same id
 */
public record PluginReview(
        Optional<PluginManifest> manifest,
        String sha256,
        Optional<String> signer,
        Optional<String> installedVersion,
        List<Problem> problems,
        PluginContents contents,
        Optional<KeptData> kept) {

    public PluginReview {
        problems = List.copyOf(problems);
    }

    public PluginReview(
            Optional<PluginManifest> manifest,
            String sha256,
            Optional<String> signer,
            Optional<String> installedVersion,
            List<Problem> problems) {
        this(manifest, sha256, signer, installedVersion, problems, PluginContents.NONE, Optional.empty());
    }

    public boolean acceptable() {
        return problems.isEmpty();
    }

    PluginReview withContents(PluginContents contents) {
        return new PluginReview(manifest, sha256, signer, installedVersion, problems, contents, kept);
    }

    PluginReview withKept(KeptData kept) {
        return new PluginReview(manifest, sha256, signer, installedVersion, problems, contents, Optional.of(kept));
    }
}
