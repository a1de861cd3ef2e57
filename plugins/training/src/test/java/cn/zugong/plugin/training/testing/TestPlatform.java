package cn.zugong.plugin.training.testing;

import cn.zugong.api.cadre.CadreDirectory;
import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.io.Spreadsheets;
import cn.zugong.api.notice.Notice;
import cn.zugong.api.notice.Notices;
import cn.zugong.api.plugin.PluginAudit;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.plugin.PluginPersistence;
import cn.zugong.api.publish.Publication;
import cn.zugong.api.publish.Publications;
import cn.zugong.api.rules.RulePacks;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.service.AuditedActions;
import cn.zugong.plugin.training.service.Counties;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A hand-written {@link PluginContext} for the plugin's tests: a real H2 database with the plugin's
 * migrations and Hibernate mapping, a tenancy the test sets (a county writing, or a supervisor
 * reading), an in-memory cadre registry, the plugin's own rule packs, a recorded audit trail and a
 * fixed clock the test may move. Persistence joins the caller's transaction or begins one, as the
 * platform's does.
 */
public final class TestPlatform implements PluginContext, AutoCloseable {

    /** One recorded audit entry. */
    public record AuditEntry(String action, String subjectType, String subjectId, Map<String, ?> after) {}

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final List<CadreRef> registry = new ArrayList<>();
    private final Map<String, UUID> identities = new HashMap<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final TestRulePacks rulePacks = new TestRulePacks();
    private final Map<String, Notice> notices = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Publication> publications = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Set<TenantId> withoutTenantsBelow = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile TenantContext tenancy;
    private volatile Clock clock;
    private volatile Set<String> permissions = null;
    private final TestDatabase database;

    public TestPlatform(TenantId county, LocalDate today) {
        this.tenancy = writing(county);
        this.clock = Clock.fixed(today.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
        this.database = new TestDatabase(this::tenantIdentifier);
    }

    /** The tenancy of a county's officer. */
    public static TenantContext writing(TenantId county) {
        return tenancy(Optional.of(county), Set.of(county));
    }

    /** The tenancy of a read-only supervisor. */
    public static TenantContext reading(Set<TenantId> counties) {
        return tenancy(Optional.empty(), counties);
    }

    private static TenantContext tenancy(Optional<TenantId> writable, Set<TenantId> readable) {
        return new TenantContext() {
            @Override
            public Optional<TenantId> writableTenant() {
                return writable;
            }

            @Override
            public Set<TenantId> readableTenants() {
                return readable;
            }
        };
    }

    public void actAs(TenantContext tenancy) {
        this.tenancy = tenancy;
    }

    /** From now on the user holds exactly these permissions (by default every one). */
    public void holdOnly(String... permissionIds) {
        this.permissions = Set.of(permissionIds);
    }

    @Override
    public boolean permitted(cn.zugong.api.security.PluginPermission permission) {
        Set<String> held = permissions;
        return held == null || held.contains(permission.id());
    }

    public void today(LocalDate day) {
        clock = Clock.fixed(day.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /** Adds a cadre to the registry, with the identity number imports find it by. */
    public CadreRef cadre(CadreRef cadre, String identityNumber) {
        registry.add(cadre);
        if (identityNumber != null) {
            identities.put(identityNumber.toUpperCase(Locale.ROOT), cadre.id());
        }
        return cadre;
    }

    /** Replaces a cadre of the registry, as after an appointment. */
    public void update(CadreRef cadre) {
        registry.replaceAll(c -> c.id().equals(cadre.id()) ? cadre : c);
    }

    public TestRulePacks rules() {
        return rulePacks;
    }

    public TestDatabase database() {
        return database;
    }

    public List<AuditEntry> audited() {
        return List.copyOf(audit);
    }

    @Override
    public String pluginId() {
        return "training";
    }

    @Override
    public TenantContext tenancy() {
        return tenancy;
    }

    @Override
    public CadreDirectory cadres() {
        return new CadreDirectory() {
            @Override
            public Optional<CadreRef> find(UUID id) {
                return readable().filter(c -> c.id().equals(id)).findFirst();
            }

            @Override
            public Optional<CadreRef> byIdentityNumber(String identityNumber) {
                UUID id = identities.get(identityNumber.strip().toUpperCase(Locale.ROOT));
                return id == null ? Optional.empty() : find(id);
            }

            @Override
            public List<CadreRef> active() {
                return readable()
                        .filter(CadreRef::active)
                        .sorted(Comparator.comparing(CadreRef::name))
                        .toList();
            }

            private Stream<CadreRef> readable() {
                return registry.stream().filter(c -> tenancy.readableTenants().contains(c.tenant()));
            }
        };
    }

    @Override
    public PluginPersistence persistence() {
        return new PluginPersistence() {
            @Override
            public <T> T inTransaction(Function<EntityManager, T> work) {
                EntityManager joined = current.get();
                if (joined != null) {
                    return work.apply(joined);
                }
                EntityManager em = database.factory().createEntityManager();
                EntityTransaction transaction = em.getTransaction();
                current.set(em);
                try {
                    transaction.begin();
                    T result = work.apply(em);
                    em.flush();
                    transaction.commit();
                    return result;
                } catch (RuntimeException e) {
                    if (transaction.isActive()) {
                        transaction.rollback();
                    }
                    throw e;
                } finally {
                    current.remove();
                    em.close();
                }
            }
        };
    }

    @Override
    public PluginAudit audit() {
        return (action, subjectType, subjectId, label, before, after) -> {
            if (!AuditedActions.ACTIONS.contains(action) || !AuditedActions.SUBJECT_TYPES.contains(subjectType)) {
                throw new AssertionError(
                        "Audit action " + action + " on " + subjectType + " is not listed in AuditedActions");
            }
            audit.add(new AuditEntry(action, subjectType, subjectId, after));
        };
    }

    @Override
    public RulePacks rulePacks() {
        return rulePacks;
    }

    @Override
    public Spreadsheets spreadsheets() {
        return new Spreadsheets() {
            @Override
            /** Tests upload text, a row a line and cells separated by tabs, for what a workbook reads as. */
            public List<List<String>> read(InputStream xlsx) throws IOException {
                String text = new String(xlsx.readAllBytes(), StandardCharsets.UTF_8);
                if (!text.contains("\t")) {
                    throw new IOException("not a workbook");
                }
                return text.lines().map(line -> List.of(line.split("\t", -1))).toList();
            }

            @Override
            public byte[] write(String sheetName, List<String> header, List<List<Object>> rows) {
                return (sheetName + header + rows).getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    @Override
    public Clock clock() {
        return clock;
    }

    private String tenantIdentifier() {
        TenantContext t = tenancy;
        if (t.writableTenant().isPresent()) {
            return t.writableTenant().get().code();
        }
        if (t.readableTenants().size() == 1) {
            return t.readableTenants().iterator().next().code();
        }
        return t.readableTenants().isEmpty() ? "-" : TestDatabase.ROOT;
    }

    @Override
    public void close() {
        database.close();
    }

    @Override
    public Notices notices() {
        return new Notices() {
            @Override
            public void post(Notice notice) {
                notices.put(writableCounty().code() + "/" + notice.key(), notice);
            }

            @Override
            public void withdraw(String key) {
                notices.remove(writableCounty().code() + "/" + key);
            }

            @Override
            public Set<String> keys() {
                return notices(writableCounty()).keySet();
            }
        };
    }

    /** From now on the platform knows no tenant below {@code department}: it cannot publish. */
    public void withoutTenantsBelow(TenantId department) {
        withoutTenantsBelow.add(department);
    }

    /** The notices posted for a county and not withdrawn, by their keys. */
    public Map<String, Notice> notices(TenantId county) {
        Map<String, Notice> posted = new TreeMap<>();
        notices.forEach((k, n) -> {
            if (k.startsWith(county.code() + "/")) {
                posted.put(n.key(), n);
            }
        });
        return posted;
    }

    /**
     * Publications as the platform keeps them, the tree taken from the division codes: a county's
     * city is its code with {@code 00} at the end, its province with {@code 0000}.
     */
    @Override
    public Publications publications() {
        return new Publications() {
            @Override
            public void publish(String kind, String key, Map<String, String> content) {
                TenantId publisher = writableCounty();
                if (!publisher.code().endsWith("00") || withoutTenantsBelow.contains(publisher)) {
                    throw new IllegalStateException("no tenant below " + publisher);
                }
                withdraw(kind, key);
                publications.add(0, new Publication(publisher, kind, key, content, clock.instant()));
            }

            @Override
            public void withdraw(String kind, String key) {
                TenantId publisher = writableCounty();
                publications.removeIf(p -> p.publisher().equals(publisher)
                        && p.kind().equals(kind)
                        && p.key().equals(key));
            }

            @Override
            public List<Publication> published(String kind) {
                return Counties.shown(tenancy).map(t -> of(Set.of(t), kind)).orElse(List.of());
            }

            @Override
            public List<Publication> fromAbove(String kind) {
                return Counties.shown(tenancy).map(t -> of(above(t), kind)).orElse(List.of());
            }

            private List<Publication> of(Set<TenantId> publishers, String kind) {
                return publications.stream()
                        .filter(p ->
                                publishers.contains(p.publisher()) && p.kind().equals(kind))
                        .toList();
            }
        };
    }

    private static Set<TenantId> above(TenantId tenant) {
        Set<TenantId> above = new HashSet<>();
        above.add(new TenantId(tenant.code().substring(0, 2) + "0000"));
        above.add(new TenantId(tenant.code().substring(0, 4) + "00"));
        above.remove(tenant);
        if (tenant.code().endsWith("0000")) {
            above.clear();
        }
        return above;
    }

    private TenantId writableCounty() {
        return tenancy.writableTenant().orElseThrow(() -> new IllegalStateException("read-only request"));
    }
}
