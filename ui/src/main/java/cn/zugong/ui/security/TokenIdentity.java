package cn.zugong.ui.security;

import cn.zugong.core.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RealmAccessClaim;

/** Reads the signed-in user from the OIDC tokens that WildFly verified. Nothing else is trusted. */
final class TokenIdentity {

    private TokenIdentity() {}

    static Optional<OidcSecurityContext> context(HttpServletRequest request) {
        return request.getUserPrincipal() instanceof OidcPrincipal<?> principal
                ? Optional.ofNullable(principal.getOidcSecurityContext())
                : Optional.empty();
    }

    static Optional<CurrentUser> of(HttpServletRequest request) {
        return context(request).filter(c -> c.getToken() != null).map(c -> {
            AccessToken token = c.getToken();
            RealmAccessClaim realm = token.getRealmAccessClaim();
            List<String> groups = token.getStringListClaimValue("groups");
            return new CurrentUser(
                    token.getPreferredUsername(),
                    displayName(token),
                    realm == null ? Set.of() : Set.copyOf(realm.getRoles()),
                    groups == null ? Set.of() : Set.copyOf(groups));
        });
    }

    /** The e-mail address of the user's tokens ({@code email} claim), if they have one. */
    static Optional<String> email(HttpServletRequest request) {
        return context(request).flatMap(c -> Optional.ofNullable(c.getToken())
                .map(AccessToken::getEmail)
                .or(() -> Optional.ofNullable(c.getIDToken()).map(id -> id.getEmail()))
                .filter(email -> !email.isBlank()));
    }

    /** Chinese names are written family name first, without a space. */
    private static String displayName(AccessToken token) {
        String family = token.getFamilyName();
        String given = token.getGivenName();
        if (family == null || given == null) {
            return token.getPreferredUsername();
        }
        boolean latin = (family + given).chars().allMatch(ch -> ch < 0x2E80);
        return latin ? given + " " + family : family + given;
    }
}
