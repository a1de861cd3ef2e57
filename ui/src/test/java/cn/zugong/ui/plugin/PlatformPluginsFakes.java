package cn.zugong.ui.plugin;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginRegistry;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.plugin.install.PluginInstaller;
import cn.zugong.core.plugin.install.PluginRefusedException;
import cn.zugong.core.plugin.install.PluginReview;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link PlatformPluginsViewTest} needs of the platform's plugin administration, on maps: the
 * installed plugins' records and offers, an installer that reviews as the test says and records
 * what it was asked, and a directory of Sichuan, Chengdu and two of its districts.
 */
final class PlatformPluginsFakes {

    private PlatformPluginsFakes() {}

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
        @Override
        public List<Tenant> all() {
            Tenant sichuan = new Tenant(new TenantId("510000"), null, "四川省", "Sichuan");
            Tenant chengdu = new Tenant(new TenantId("510100"), sichuan, "成都市", "Chengdu");
            return List.of(
                    sichuan,
                    chengdu,
                    new Tenant(new TenantId(PlatformPluginsViewTest.WENJIANG), chengdu, "温江区", "Wenjiang"),
                    new Tenant(new TenantId(PlatformPluginsViewTest.PIDU), chengdu, "郫都区", "Pidu"));
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
            calls.add("offer " + pluginId + " " + all + " " + new TreeSet<>(tenants));
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
}
