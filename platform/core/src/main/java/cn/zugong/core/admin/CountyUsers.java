package cn.zugong.core.admin;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.PlatformAction;
import cn.zugong.core.division.Divisions;
import cn.zugong.core.mail.SignInMail;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A county's tenant-admin managing the county's users: list them, add one with county roles and a
 * temporary password, change roles, reset the password, disable. Every check runs here, whatever
 * the page shows: only the caller's own county's group, only county roles ({@link CountyRoles}),
 * never a user outside the county nor one holding a platform or supervisor role.
 */
@ApplicationScoped
public class CountyUsers {

    @Inject
    IdentityAdmin identity;

    @Inject
    Event<PlatformAction> actions;

    @Inject
    SignInMail signInMail;

    /**
     * A user just added, or whose password was reset.
     *
     * @param user the user
     * @param temporaryPassword shown once to the admin; null when it was mailed to the user
     * @param mailed whether the user got their sign-in instructions by e-mail
     */
    public record WithPassword(IdentityUser user, String temporaryPassword, boolean mailed) {

        /** The password for the admin to hand over. */
        public WithPassword(IdentityUser user, String temporaryPassword) {
            this(user, temporaryPassword, false);
        }
    }

    public List<IdentityUser> list() {
        return identity.members(ownGroup()).stream()
                .sorted(Comparator.comparing(IdentityUser::username))
                .toList();
    }

    public IdentityUser find(String id) {
        return managed(id, ownGroup());
    }

    @Transactional
    public WithPassword add(IdentityAdmin.NewUser user, Set<String> roles) {
        String group = ownGroup();
        IdentityAdmin.NewUser checked = NewUserRules.check(user);
        Set<String> granted = CountyRoles.check(roles);
        String password = TemporaryPasswords.next();
        String id = identity.createUser(checked, group, granted, password);
        actions.fire(new PlatformAction(
                "user.add",
                "user",
                checked.username(),
                summary(checked.username(), group),
                null,
                userJson(checked.username(), group, granted, true)));
        IdentityUser added = identity.user(id);
        boolean mailed = signInMail.send(
                checked.email(), checked.username(), checked.displayName(), checked.language(), password);
        return new WithPassword(added, mailed ? null : password, mailed);
    }

    @Transactional
    public IdentityUser setRoles(String id, Set<String> roles) {
        String group = ownGroup();
        IdentityUser before = managed(id, group);
        Set<String> granted = CountyRoles.check(roles);
        identity.setRoles(id, granted, CountyRoles.ALL);
        IdentityUser after = identity.user(id);
        actions.fire(new PlatformAction(
                "user.roles",
                "user",
                before.username(),
                summary(before.username(), group),
                userJson(before.username(), group, before.roles(), before.enabled()),
                userJson(after.username(), group, after.roles(), after.enabled())));
        return after;
    }

    @Transactional
    public WithPassword resetPassword(String id) {
        String group = ownGroup();
        IdentityUser user = managed(id, group);
        String password = TemporaryPasswords.next();
        identity.resetPassword(id, password);
        actions.fire(
                new PlatformAction("user.reset", "user", user.username(), summary(user.username(), group), null, null));
        return new WithPassword(user, password);
    }

    @Transactional
    public IdentityUser disable(String id) {
        String group = ownGroup();
        IdentityUser user = managed(id, group);
        if (CurrentUserHolder.current().map(CurrentUser::username).orElse("").equals(user.username())) {
            throw new AccessDeniedException("user.error.self");
        }
        identity.setEnabled(id, false);
        actions.fire(new PlatformAction(
                "user.disable",
                "user",
                user.username(),
                summary(user.username(), group),
                userJson(user.username(), group, user.roles(), true),
                userJson(user.username(), group, user.roles(), false)));
        return identity.user(id);
    }

    /** The user, when they belong to the caller's county and hold no role above it; else unknown. */
    private IdentityUser managed(String id, String group) {
        if (id == null || id.isBlank() || !id.matches("[0-9a-fA-F-]{1,64}")) {
            throw new UnknownUserException(String.valueOf(id));
        }
        IdentityUser user = identity.user(id);
        if (!user.groups().contains(group) || user.roles().stream().anyMatch(CountyRoles.ABOVE_COUNTY::contains)) {
            throw new UnknownUserException(id);
        }
        return user;
    }

    /** The Keycloak group of the tenant-admin's own county; refuses everyone else. */
    private static String ownGroup() {
        CurrentUser admin = CurrentUserHolder.current()
                .filter(u -> u.hasRole(CurrentUser.TENANT_ADMIN))
                .orElseThrow(() -> new AccessDeniedException("error.access.denied"));
        TenantId county =
                TenancyHolder.current().writable().orElseThrow(() -> new AccessDeniedException("error.access.denied"));
        String path = Divisions.national().groupPath(county.code());
        if (!path.isEmpty() && admin.groups().contains(path)) {
            return path;
        }
        // A tenant outside the national table (a test region): the admin's own group naming it.
        return admin.groups().stream()
                .filter(g -> g.endsWith("/" + county.code()) || g.endsWith("/" + shortCode(county.code())))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("error.access.denied"));
    }

    private static String shortCode(String code) {
        return code.endsWith("0000") ? code.substring(0, 2) : code.endsWith("00") ? code.substring(0, 4) : code;
    }

    private static String summary(String username, String group) {
        return username + " @ " + group;
    }

    static String userJson(String username, String group, Set<String> roles, boolean enabled) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("group", group);
        fields.put("roles", String.join(",", new TreeSet<>(roles)));
        fields.put("enabled", enabled);
        return AuditJson.of(fields);
    }
}
