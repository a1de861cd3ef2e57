package cn.zugong.ui.plugin;

import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginGrants;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.application.PluginRegistry;
import cn.zugong.core.plugin.domain.InstalledPlugin;
import cn.zugong.core.plugin.domain.InstalledView;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.plugin.install.PluginInstaller;
import cn.zugong.core.plugin.install.PluginRefusedException;
import cn.zugong.core.plugin.install.PluginReview;
import cn.zugong.core.plugin.install.VendorKey;
import cn.zugong.core.plugin.install.VendorKeys;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The plugin services' contracts on maps, for the views' tests: no container, no database. */
final class PluginFakes {

    static final String SICHUAN = "510000";
    static final String CHENGDU = "510100";
    static final String WENJIANG = "510115";
    static final String PIDU = "510117";

    private PluginFakes() {}

    static PluginManifest manifest(String id, String version, List<String> permissions, List<String> dataAccess) {
        return new PluginManifest(id, version, "Zugong Labs", "", ">=1.0.0 & <2.0.0", "", permissions, dataAccess);
    }

    static PluginRecord record(String id, String version, PluginState state, String message, String signer) {
        PluginRecord record = new PluginRecord(id, "sysadmin", Instant.parse("2026-03-01T08:00:00Z"));
        record.describe(manifest(id, version, List.of(id + ".view"), List.of()), id + ".jar", "00", signer);
        record.change(state, message, "sysadmin", Instant.parse("2026-03-02T08:00:00Z"));
        return record;
    }

    /** Sichuan, Chengdu and two of its districts. */
    static final class Directory extends TenantDirectory {

        private final List<Tenant> tenants;

        Directory() {
            Tenant sichuan = new Tenant(new TenantId(SICHUAN), null, "四川省", "Sichuan");
            Tenant chengdu = new Tenant(new TenantId(CHENGDU), sichuan, "成都市", "Chengdu");
            tenants = List.of(
                    sichuan,
                    chengdu,
                    new Tenant(new TenantId(WENJIANG), chengdu, "温江区", "Wenjiang"),
                    new Tenant(new TenantId(PIDU), chengdu, "郫都区", "Pidu"));
        }

        @Override
        public List<Tenant> all() {
            return tenants;
        }
    }

    /** The installed plugins' records and offers. */
    static final class Registry extends PluginRegistry {

        final Map<String, PluginRecord> records = new LinkedHashMap<>();
        final Map<String, Set<String>> offers = new HashMap<>();

        void put(PluginRecord record) {
            records.put(record.pluginId(), record);
        }

        @Override
        public Optional<PluginRecord> find(String pluginId) {
            return Optional.ofNullable(records.get(pluginId));
        }

        @Override
        public List<PluginRecord> all() {
            return List.copyOf(records.values());
        }

        @Override
        public void offer(String pluginId, boolean all, Set<String> tenants) {
            records.get(pluginId).offerToAll(all);
            offers.put(pluginId, all ? Set.of() : Set.copyOf(tenants));
        }

        @Override
        public Set<String> offeredTenants(String pluginId) {
            return offers.getOrDefault(pluginId, Set.of());
        }
    }

    /** Reviews every jar as {@code review} says; records what it was asked. */
    static final class Installer extends PluginInstaller {

        final Registry records;
        final List<String> calls = new ArrayList<>();
        PluginReview review;
        PluginState installedState = PluginState.ENABLED;
        String installedMessage;
        byte[] installedJar;

        Installer(Registry records) {
            this.records = records;
        }

        @Override
        public PluginReview review(byte[] jar) {
            calls.add("review " + jar.length);
            return review;
        }

        @Override
        public PluginRecord install(byte[] jar) {
            if (!review.acceptable()) {
                throw new PluginRefusedException(review);
            }
            installedJar = jar;
            PluginManifest manifest = review.manifest().orElseThrow();
            PluginRecord record =
                    record(manifest.id(), manifest.version(), installedState, installedMessage, "CN=Zugong Labs");
            records.put(record);
            calls.add("install " + manifest.id());
            return record;
        }

        @Override
        public PluginRecord disable(String pluginId) {
            calls.add("disable " + pluginId);
            return change(pluginId, PluginState.DISABLED);
        }

        @Override
        public PluginRecord enable(String pluginId) {
            calls.add("enable " + pluginId);
            return change(pluginId, PluginState.ENABLED);
        }

        @Override
        public PluginRecord uninstall(String pluginId) {
            calls.add("uninstall " + pluginId);
            return change(pluginId, PluginState.UNINSTALLED);
        }

        @Override
        public byte[] export(String pluginId) {
            calls.add("export " + pluginId);
            return new byte[] {'P', 'K', 3, 4};
        }

        @Override
        public void purge(String pluginId) {
            calls.add("purge " + pluginId);
            if (records.records.get(pluginId).exportedAt().isEmpty()) {
                throw new ValidationException(List.of(new Problem("plugin", "plugin.purge.exportFirst")));
            }
            records.records.remove(pluginId);
        }

        @Override
        public void offer(String pluginId, boolean all, Set<String> tenants) {
            calls.add("offer " + pluginId + " " + all + " " + new java.util.TreeSet<>(tenants));
            records.offer(pluginId, all, tenants);
        }

        @Override
        public List<PluginRecord> all() {
            return records.all();
        }

        private PluginRecord change(String pluginId, PluginState state) {
            PluginRecord record = records.records.get(pluginId);
            record.change(state, null, "sysadmin", Instant.now());
            return record;
        }
    }

    /** A running plugin host without PF4J: the plugins and views it is given. */
    static final class Host extends PluginHost {

        final List<InstalledPlugin> plugins = new ArrayList<>();
        final List<InstalledView> views = new ArrayList<>();
        final Map<String, List<PluginPermission>> declared = new LinkedHashMap<>();

        @Override
        public List<InstalledPlugin> plugins() {
            return plugins;
        }

        @Override
        public Map<String, List<PluginPermission>> declaredPermissions() {
            return declared;
        }

        @Override
        public List<InstalledView> views() {
            return views;
        }
    }

    /** One county's offers and choices. */
    static final class Enablement extends PluginEnablementService {

        final Set<String> offered = new HashSet<>();
        final Set<String> enabled = new HashSet<>();

        @Override
        public Set<String> enabledForCurrentTenant() {
            return Set.copyOf(enabled);
        }

        @Override
        public Set<String> offeredToCurrentTenant() {
            return Set.copyOf(offered);
        }

        @Override
        public void setEnabled(String pluginId, boolean enable) {
            if (enable) {
                enabled.add(pluginId);
            } else {
                enabled.remove(pluginId);
            }
        }
    }

    /** One county's grants. */
    static final class Grants extends PluginGrants {

        final Map<String, Set<String>> granted = new HashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public Map<String, Set<String>> granted() {
            return Map.copyOf(granted);
        }

        @Override
        public void grant(String pluginId, String permission, Set<String> roles) {
            calls.add(pluginId + " " + permission + " " + new java.util.TreeSet<>(roles));
            granted.put(permission, Set.copyOf(roles));
        }
    }

    /** A registered vendor certificate. */
    static final class Key extends VendorKey {

        private final String fingerprint;
        private final String subject;

        Key(String fingerprint, String subject) {
            this.fingerprint = fingerprint;
            this.subject = subject;
        }

        @Override
        public String fingerprint() {
            return fingerprint;
        }

        @Override
        public String subject() {
            return subject;
        }

        @Override
        public String addedBy() {
            return "secadmin";
        }

        @Override
        public Instant addedAt() {
            return Instant.parse("2026-03-01T02:30:00Z");
        }
    }

    /** The vendor keys on a list; "-----BEGIN CERTIFICATE-----" texts are accepted, anything else refused. */
    static final class Keys extends VendorKeys {

        final List<VendorKey> keys = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        boolean unsigned;

        @Override
        public List<VendorKey> list() {
            return List.copyOf(keys);
        }

        @Override
        public VendorKey add(byte[] certificate) {
            String pem = new String(certificate, java.nio.charset.StandardCharsets.US_ASCII);
            if (!pem.startsWith("-----BEGIN CERTIFICATE-----")) {
                throw new ValidationException(List.of(new Problem("certificate", "plugin.key.invalid")));
            }
            Key key = new Key("ab".repeat(32), "CN=New Vendor");
            keys.add(key);
            calls.add("add");
            return key;
        }

        @Override
        public void remove(String fingerprint) {
            calls.add("remove " + fingerprint);
            keys.removeIf(k -> k.fingerprint().equals(fingerprint));
        }

        @Override
        public boolean allowUnsigned() {
            return unsigned;
        }

        @Override
        public void allowUnsigned(boolean allow) {
            calls.add("allowUnsigned " + allow);
            unsigned = allow;
        }
    }
}
