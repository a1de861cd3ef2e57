package cn.zugong.core.plugin.install;

import cn.zugong.core.plugin.PluginManifest;
import cn.zugong.core.validation.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What the platform-sysadmin sees before installing a jar: what it declares, who signed it, the
 * version it replaces, and every reason it would be refused (none when it may be installed).
 *
 * @param signer the signing vendor's certificate subject; empty when unsigned or not trusted
 */
public record PluginReview(
        Optional<PluginManifest> manifest,
        String sha256,
        Optional<String> signer,
        Optional<String> installedVersion,
        List<Problem> problems) {

    public PluginReview {
        problems = List.copyOf(problems);
    }

    public boolean acceptable() {
        return problems.isEmpty();
    }
}
