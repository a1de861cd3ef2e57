package cn.zugong.core.plugin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The platform's record of one installed plugin: version, state, what it declares, who changed it. */
@Entity
@Table(name = "platform_plugin")
public class PluginRecord {

    @Id
    @Column(name = "plugin_id", length = 64)
    private String pluginId;

    @Column(nullable = false, length = 40)
    private String version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PluginState state;

    @Column(length = 2000)
    private String message;

    @Column(length = 200)
    private String provider;

    @Column(length = 100)
    private String requires;

    @Column(length = 500)
    private String dependencies;

    @Column(nullable = false, length = 1000)
    private String permissions = "";

    @Column(name = "data_access", nullable = false, length = 1000)
    private String dataAccess = "";

    @Column(name = "jar_file", length = 255)
    private String jarFile;

    @Column(length = 64)
    private String sha256;

    @Column(length = 300)
    private String signer;

    @Column(name = "offered_to_all", nullable = false)
    private boolean offeredToAll;

    @Column(name = "installed_by", nullable = false, length = 100)
    private String installedBy;

    @Column(name = "installed_at", nullable = false)
    private Instant installedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "exported_at")
    private Instant exportedAt;

    protected PluginRecord() {}

    public PluginRecord(String pluginId, String by, Instant at) {
        this.pluginId = pluginId;
        this.installedBy = by;
        this.installedAt = at;
        this.changedBy = by;
        this.changedAt = at;
        this.state = PluginState.DISABLED;
    }

    /** Takes over what a (new) jar declares. */
    public void describe(PluginManifest descriptor, String jarFile, String sha256, String signer) {
        this.version = descriptor.version();
        this.provider = descriptor.provider();
        this.requires = descriptor.requires();
        this.dependencies = descriptor.dependencies();
        this.permissions = String.join(",", descriptor.permissions());
        this.dataAccess = String.join(",", descriptor.dataAccess());
        this.jarFile = jarFile;
        this.sha256 = sha256;
        this.signer = signer;
    }

    public void change(PluginState state, String message, String by, Instant at) {
        this.state = state;
        this.message = message;
        this.changedBy = by;
        this.changedAt = at;
    }

    /**
     * A new installation of an uninstalled plugin: offered to no county, and the counties' earlier
     * choices (made before {@link #installedAt()}) no longer count.
     */
    public void reinstalled(String by, Instant at) {
        this.installedBy = by;
        this.installedAt = at;
        this.offeredToAll = false;
    }

    public void offerToAll(boolean all) {
        this.offeredToAll = all;
    }

    public void exported(Instant at) {
        this.exportedAt = at;
    }

    public String pluginId() {
        return pluginId;
    }

    public String version() {
        return version;
    }

    public PluginState state() {
        return state;
    }

    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    public String provider() {
        return provider;
    }

    public String requires() {
        return requires;
    }

    public List<String> permissions() {
        return split(permissions);
    }

    public List<String> dataAccess() {
        return split(dataAccess);
    }

    public String jarFile() {
        return jarFile;
    }

    public String sha256() {
        return sha256;
    }

    public String signer() {
        return signer;
    }

    public boolean offeredToAll() {
        return offeredToAll;
    }

    /** When this installation began: the first install, or the reinstall after an uninstall. */
    public Instant installedAt() {
        return installedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Optional<Instant> exportedAt() {
        return Optional.ofNullable(exportedAt);
    }

    static List<String> split(String list) {
        return list == null || list.isBlank()
                ? List.of()
                : Arrays.stream(list.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
