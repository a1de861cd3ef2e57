package cn.zugong.core.tenant;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.DutySeparation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Whether a signed-in user may use the portal at all, checked on every request before any page or
 * API call: a token that breaks the separation of duties is refused, and so is a user of a
 * suspended tenant (a supervisor whose own node is suspended included) or of a tenant the platform
 * does not have (an account of the realm whose department was never created, as on a platform
 * started without the demo). The answer is a message key the page or the problem answer puts into
 * words.
 */
@ApplicationScoped
public class Admission {

    @Inject
    TenantDirectory directory;

    /** Why the user is refused, as a message key; empty when they are let in. */
    public Optional<String> refusal(CurrentUser user) {
        Optional<String> breach = DutySeparation.breach(user.roles());
        if (breach.isPresent()) {
            return breach;
        }
        List<TenantId> nodes = user.groups().stream()
                .flatMap(g -> TenancyPolicy.node(g).stream())
                .toList();
        if (nodes.stream().anyMatch(directory::suspended)) {
            return Optional.of("refused.suspended");
        }
        if (nodes.stream().anyMatch(directory::purged)) {
            return Optional.of("refused.purged");
        }
        if (!nodes.isEmpty() && nodes.stream().allMatch(n -> directory.find(n).isEmpty())) {
            return Optional.of("refused.unknownTenant");
        }
        return Optional.empty();
    }
}
