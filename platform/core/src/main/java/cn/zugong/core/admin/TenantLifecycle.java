package cn.zugong.core.admin;

import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.PlatformAction;
import cn.zugong.core.division.Division;
import cn.zugong.core.division.Divisions;
import cn.zugong.core.mail.SignInMail;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.tenant.TenantStatus;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * The platform-sysadmin's tenant life cycle. Creating a tenant from a division adds the nodes above
 * it that are missing, its Keycloak group ({@code /51/5101/510118}) and its first tenant-admin with
 * a temporary password; suspending refuses its users and stops its plugin jobs, its data kept;
 * resuming undoes that. Export ({@link TenantExport}), archive and the two-person purge follow
 * the rules of {@link Tenant}. Each action is one transaction, recorded in the platform's audit chain;
 * a failure at Keycloak rolls the database back.
 */
@ApplicationScoped
public class TenantLifecycle {

    private static final Logger LOG = Logger.getLogger(TenantLifecycle.class.getName());

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    TenantDirectory directory;

    @Inject
    IdentityAdmin identity;

    @Inject
    Event<PlatformAction> actions;

    @Inject
    TenantPurge purge;

    @Inject
    SignInMail signInMail;

    /**
     * A tenant just created.
     *
     * @param code its division code
     * @param groupPath its Keycloak group
     * @param adminUsername its first admin
     * @param temporaryPassword the admin's temporary password, shown once; null when it was mailed
     * @param mailed whether the admin got their sign-in instructions by e-mail
     */
    public record Created(
            String code, String groupPath, String adminUsername, String temporaryPassword, boolean mailed) {

        /** A tenant whose admin gets the password from the one who created it. */
        public Created(String code, String groupPath, String adminUsername, String temporaryPassword) {
            this(code, groupPath, adminUsername, temporaryPassword, false);
        }
    }

    /** The tenants, with their status, in tree order. */
    public List<Tenant> tenants() {
        requireSysadmin();
        return directory.all();
    }

    @Transactional
    public Created create(String divisionCode, IdentityAdmin.NewUser admin) {
        requireSysadmin();
        Divisions divisions = Divisions.national();
        Division division = divisions
                .find(divisionCode == null ? null : divisionCode.strip())
                .orElseThrow(() -> new ValidationException(List.of(new Problem("division", "tenant.error.division"))));
        IdentityAdmin.NewUser first = NewUserRules.check(admin);
        Tenant parent = null;
        Tenant tenant = null;
        for (Division d : divisions.lineage(division.code())) {
            tenant = em.find(Tenant.class, d.code());
            if (tenant == null) {
                tenant = new Tenant(d.tenantId(), parent, d.nameZh() + "委组织部", d.nameEn() + " Organization Department");
                em.persist(tenant);
            }
            parent = tenant;
        }
        if (tenant.onboarded()) {
            throw new ValidationException(List.of(new Problem("division", "tenant.error.exists")));
        }
        tenant.onboard(Instant.now());
        em.flush();
        directory.changed();
        String groupPath = divisions.groupPath(division.code());
        identity.ensureGroupPath(groupPath);
        String password = TemporaryPasswords.next();
        identity.createUser(first, groupPath, Set.of(CurrentUser.TENANT_ADMIN), password);
        String summary = division.nameZh() + " (" + division.code() + ")";
        actions.fire(
                new PlatformAction("tenant.create", "tenant", division.code(), summary, null, json(tenant, groupPath)));
        actions.fire(new PlatformAction(
                "user.add",
                "user",
                first.username(),
                first.displayName() + " @ " + summary,
                null,
                CountyUsers.userJson(first.username(), groupPath, Set.of(CurrentUser.TENANT_ADMIN), true)));
        // Last: a mail cannot be taken back if anything before it failed.
        boolean mailed =
                signInMail.send(first.email(), first.username(), first.displayName(), first.language(), password);
        return new Created(division.code(), groupPath, first.username(), mailed ? null : password, mailed);
    }

    @Transactional
    public Tenant suspend(String code) {
        return change(code, TenantStatus.SUSPENDED, "tenant.suspend");
    }

    @Transactional
    public Tenant resume(String code) {
        return change(code, TenantStatus.ACTIVE, "tenant.resume");
    }

    /** Records an export made by {@link TenantExport}: when, by whom, the archive's SHA-256. */
    @Transactional
    public Tenant recordExport(String code, String sha256, Map<String, Object> counts) {
        return apply(
                code,
                "tenant.export",
                requireSysadmin(),
                (tenant, by) -> tenant.exported(by, Instant.now(), sha256),
                counts);
    }

    /** Makes the tenant read-only for everyone; only a suspended tenant exported since. */
    @Transactional
    public Tenant archive(String code) {
        return apply(
                code, "tenant.archive", requireSysadmin(), (tenant, by) -> tenant.archive(by, Instant.now()), null);
    }

    /** A platform-sysadmin asks to purge an archived tenant, after the waiting period. */
    @Transactional
    public Tenant requestPurge(String code) {
        return apply(
                code,
                "tenant.purge.request",
                requireSysadmin(),
                (tenant, by) -> tenant.requestPurge(by, Instant.now(), PurgeWait.get()),
                null);
    }

    /**
     * A platform-secadmin, not the requester, approves: the county's data is deleted (its audit
     * chain kept, see {@link TenantPurge}), its Keycloak group and users removed ({@link
     * IdentityAdmin#removeGroup}; who was removed is in the platform chain's record) and the tenant
     * marked PURGED.
     */
    @Transactional
    public Tenant approvePurge(String code) {
        String by = requireRole(CurrentUser.PLATFORM_SECADMIN);
        Map<String, Object> deleted = new LinkedHashMap<>();
        return apply(
                code,
                "tenant.purge",
                by,
                (tenant, who) -> {
                    tenant.approvePurge(who, Instant.now());
                    deleted.putAll(TenancyHolder.callAs(TenantPurge.as(code), () -> purge.delete(code)));
                    LOG.info(() -> "Tenant " + code + " purged, rows deleted: " + deleted);
                    // Keycloak last: if it fails, the transaction rolls the rows back and the purge
                    // can be approved again; its deletions cannot be rolled back, so nothing follows.
                    IdentityAdmin.GroupRemoval identities = removeIdentities(code);
                    deleted.put("usersDeleted", String.join(",", identities.deleted()));
                    deleted.put("usersDetached", String.join(",", identities.detached()));
                    deleted.put("groupDeleted", identities.groupDeleted());
                },
                deleted);
    }

    /** Removes the tenant's Keycloak group and users; a tenant outside the division table has no group. */
    private IdentityAdmin.GroupRemoval removeIdentities(String code) {
        Divisions divisions = Divisions.national();
        return divisions.find(code).isPresent()
                ? identity.removeGroup(divisions.groupPath(code))
                : new IdentityAdmin.GroupRemoval(List.of(), List.of(), false);
    }

    /** The purge requests waiting for a decision, for the platform-secadmin. */
    public List<Tenant> pendingPurges() {
        requireRole(CurrentUser.PLATFORM_SECADMIN);
        return directory.all().stream().filter(Tenant::purgePending).toList();
    }

    /** The waiting period between archive and purge request, in days. */
    public long purgeWaitDays() {
        return PurgeWait.get().toDays();
    }

    /** A platform-secadmin, not the requester, refuses: the request is dropped, the tenant stays archived. */
    @Transactional
    public Tenant refusePurge(String code) {
        String by = requireRole(CurrentUser.PLATFORM_SECADMIN);
        Tenant tenant = find(code);
        String requester = tenant.purgeRequestedBy().orElse("");
        return apply(
                code, "tenant.purge.refuse", by, (t, who) -> t.refusePurge(who), Map.of("refusedRequestBy", requester));
    }

    private Tenant apply(
            String code, String action, String by, BiConsumer<Tenant, String> step, Map<String, Object> extra) {
        Tenant tenant = find(code);
        String before = json(tenant, null);
        step.accept(tenant, by);
        em.flush();
        directory.changed();
        String after = json(tenant, null);
        if (extra != null) {
            Map<String, Object> fields = fields(tenant, null);
            fields.putAll(extra);
            after = AuditJson.of(fields);
        }
        actions.fire(new PlatformAction(
                action, "tenant", code, tenant.name(Locale.CHINA) + " (" + code + ")", before, after));
        return tenant;
    }

    private Tenant find(String code) {
        Tenant tenant = code == null ? null : em.find(Tenant.class, code);
        if (tenant == null) {
            throw new UnknownTenantException(code);
        }
        return tenant;
    }

    private Tenant change(String code, TenantStatus next, String action) {
        String by = requireSysadmin();
        Tenant tenant = find(code);
        if (tenant.status() == TenantStatus.ARCHIVED || tenant.status() == TenantStatus.PURGED) {
            throw new ValidationException(List.of(new Problem("status", "tenant.error.archived")));
        }
        if (tenant.status() == next) {
            return tenant;
        }
        String before = json(tenant, null);
        tenant.changeStatus(next, by, Instant.now());
        em.flush();
        directory.changed();
        actions.fire(new PlatformAction(
                action, "tenant", code, tenant.name(Locale.CHINA) + " (" + code + ")", before, json(tenant, null)));
        return tenant;
    }

    private static String json(Tenant tenant, String groupPath) {
        return AuditJson.of(fields(tenant, groupPath));
    }

    private static Map<String, Object> fields(Tenant tenant, String groupPath) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", tenant.id().code());
        fields.put("path", tenant.path());
        fields.put("status", tenant.status().name());
        tenant.exportedAt().ifPresent(at -> fields.put("exportedAt", at.toString()));
        if (tenant.exportSha256() != null) {
            fields.put("exportSha256", tenant.exportSha256());
        }
        tenant.purgeRequestedBy().ifPresent(by -> fields.put("purgeRequestedBy", by));
        if (groupPath != null) {
            fields.put("group", groupPath);
        }
        return fields;
    }

    static String requireSysadmin() {
        return requireRole(CurrentUser.PLATFORM_SYSADMIN);
    }

    private static String requireRole(String role) {
        return CurrentUserHolder.current()
                .filter(u -> u.hasRole(role))
                .map(CurrentUser::username)
                .orElseThrow(() -> new AccessDeniedException("error.access.denied"));
    }
}
