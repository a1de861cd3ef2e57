package cn.zugong.core.plugin.install;

import cn.zugong.api.ApiVersion;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.plugin.infrastructure.PluginJars;
import cn.zugong.core.validation.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.pf4j.DefaultVersionManager;
import org.pf4j.VersionManager;

/**
 * Reviews a plugin jar before installation: a plugin descriptor, a well-formed id and version, a
 * trusted signature (unless unsigned plugins are allowed), an SDK range that includes the
 * platform's, its plugin dependencies installed in matching versions, and a newer version than
 * the one installed.
 */
final class JarReviewer {

    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final VersionManager VERSIONS = new DefaultVersionManager();

    private final Set<String> trustedKeys;
    private final boolean allowUnsigned;
    private final Function<String, Optional<PluginRecord>> installed;

    JarReviewer(Set<String> trustedKeys, boolean allowUnsigned, Function<String, Optional<PluginRecord>> installed) {
        this.trustedKeys = trustedKeys;
        this.allowUnsigned = allowUnsigned;
        this.installed = installed;
    }

    PluginReview review(Path jar) {
        List<Problem> problems = new ArrayList<>();
        String sha;
        Optional<PluginManifest> manifest;
        try {
            sha = PluginJars.sha256(jar);
            manifest = PluginManifest.read(jar);
        } catch (IOException | RuntimeException e) {
            return new PluginReview(
                    Optional.empty(),
                    "",
                    Optional.empty(),
                    Optional.empty(),
                    List.of(problem("plugin.refused.notJar")));
        }
        if (manifest.isEmpty()) {
            return new PluginReview(
                    Optional.empty(),
                    sha,
                    Optional.empty(),
                    Optional.empty(),
                    List.of(problem("plugin.refused.notPlugin")));
        }
        PluginManifest m = manifest.get();
        Optional<String> signer = signature(jar, problems);
        if (!ID.matcher(m.id()).matches()) {
            problems.add(problem("plugin.refused.id", m.id()));
        }
        if (!validVersion(m.version())) {
            problems.add(problem("plugin.refused.version", m.version()));
        }
        String api = ApiVersion.current();
        if (m.requires().isBlank() || !satisfies(api, m.requires())) {
            problems.add(problem("plugin.refused.requires", m.requires(), api));
        }
        dependencies(m.dependencies(), problems);
        Optional<PluginRecord> current = installed.apply(m.id());
        Optional<String> installedVersion =
                current.filter(r -> r.state() != PluginState.UNINSTALLED).map(PluginRecord::version);
        current.filter(r -> r.state() == PluginState.ENABLED || r.state() == PluginState.DISABLED)
                .filter(r -> validVersion(m.version()) && VERSIONS.compareVersions(m.version(), r.version()) <= 0)
                .ifPresent(r -> problems.add(problem("plugin.refused.notNewer", m.version(), r.version())));
        return new PluginReview(manifest, sha, signer, installedVersion, problems).withContents(contents(jar));
    }

    private static PluginContents contents(Path jar) {
        try {
            return PluginContents.read(jar);
        } catch (IOException | RuntimeException e) {
            return PluginContents.NONE;
        }
    }

    private Optional<String> signature(Path jar, List<Problem> problems) {
        SignatureVerdict verdict;
        try {
            verdict = JarSignatures.verify(jar, trustedKeys);
        } catch (IOException e) {
            problems.add(problem("plugin.refused.notJar"));
            return Optional.empty();
        }
        return switch (verdict) {
            case SignatureVerdict.Trusted t -> Optional.of(t.subject());
            case SignatureVerdict.Unsigned u -> {
                if (!allowUnsigned) {
                    problems.add(problem("plugin.refused.unsigned"));
                }
                yield Optional.empty();
            }
            case SignatureVerdict.Tampered t -> {
                problems.add(problem("plugin.refused.tampered", t.detail()));
                yield Optional.empty();
            }
            case SignatureVerdict.UnknownSigner u -> {
                problems.add(problem("plugin.refused.unknownSigner", u.subject()));
                yield Optional.empty();
            }
        };
    }

    private void dependencies(String declared, List<Problem> problems) {
        if (declared == null || declared.isBlank()) {
            return;
        }
        for (String dependency : declared.split(",")) {
            String d = dependency.trim();
            boolean optional = d.endsWith("?");
            if (optional) {
                d = d.substring(0, d.length() - 1);
            }
            String[] parts = d.split("@", 2);
            String id = parts[0].trim();
            String range = parts.length > 1 ? parts[1].trim() : "*";
            Optional<PluginRecord> present = installed.apply(id).filter(r -> r.state() == PluginState.ENABLED);
            if (present.isEmpty()) {
                if (!optional) {
                    problems.add(problem("plugin.refused.dependencyMissing", id, range));
                }
            } else if (!range.equals("*") && !satisfies(present.get().version(), range)) {
                problems.add(problem(
                        "plugin.refused.dependencyVersion",
                        id,
                        range,
                        present.get().version()));
            }
        }
    }

    static boolean satisfies(String version, String range) {
        try {
            return VERSIONS.checkVersionConstraint(version, range);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean validVersion(String version) {
        try {
            VERSIONS.compareVersions(version, "0.0.0");
            return !version.isBlank();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Problem problem(String key, Object... args) {
        return new Problem("jar", key, List.of(args));
    }
}
