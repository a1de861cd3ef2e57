package cn.zugong.ui.layout;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.ui.security.TenancyFilter;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The current tenant. A county user sees their county; a supervisor picks one county of their
 * scope or the whole scope. The choice is kept in the server-side session and checked against the
 * token on every request.
 */
class TenantSwitcher extends Composite<HorizontalLayout> {

    private static final String WHOLE_SCOPE = "";

    private final TenancyPolicy policy;

    TenantSwitcher(TenantDirectory directory, TenancyPolicy policy) {
        this.policy = policy;
        getContent().setAlignItems(FlexComponent.Alignment.CENTER);
        Tenancy tenancy = TenancyHolder.current();
        boolean supervisor = CurrentUserHolder.hasRole(TenancyPolicy.SUPERVISOR);
        if (tenancy.writable().isPresent() || (!supervisor && tenancy.readable().size() == 1)) {
            // A county user; a county auditor reads the county without writing it.
            Span tenant = new Span(name(directory, tenancy.writable().orElseGet(() -> tenancy.readable()
                    .iterator()
                    .next())));
            tenant.setId("current-tenant");
            getContent().add(tenant);
        } else if (!tenancy.readable().isEmpty()) {
            getContent().add(switcher(directory, tenancy));
        }
    }

    private Select<String> switcher(TenantDirectory directory, Tenancy tenancy) {
        Set<TenantId> scope = scope(policy);
        List<String> choices = new ArrayList<>();
        choices.add(WHOLE_SCOPE);
        directory.all().stream()
                .map(Tenant::id)
                .filter(scope::contains)
                .map(TenantId::code)
                .forEach(choices::add);
        Select<String> select = new Select<>();
        select.setId("tenant-switcher");
        select.setAriaLabel(getTranslation("header.tenant"));
        select.setItems(choices);
        select.setItemLabelGenerator(code ->
                WHOLE_SCOPE.equals(code) ? getTranslation("header.tenant.all") : name(directory, new TenantId(code)));
        select.setValue(
                tenancy.readable().size() == 1 && scope.size() > 1
                        ? tenancy.readable().iterator().next().code()
                        : WHOLE_SCOPE);
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                pick(WHOLE_SCOPE.equals(change.getValue()) ? null : new TenantId(change.getValue()));
                UI.getCurrent().getPage().reload();
            }
        });
        return select;
    }

    /**
     * Keeps {@code county} as the supervisor's pick in the server-side session, or the whole scope
     * when null; from the next request on, {@link TenancyFilter} applies it (inside the token's
     * scope only).
     */
    static void pick(TenantId county) {
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(TenancyFilter.PICKED_TENANT, county == null ? null : county.code());
    }

    /** The counties the signed-in user's token lets them read, whatever they picked. */
    static Set<TenantId> scope(TenancyPolicy policy) {
        return CurrentUserHolder.current()
                .map(user -> policy.scope(user.groups(), user.roles()))
                .orElse(Set.of());
    }

    private String name(TenantDirectory directory, TenantId id) {
        Optional<Tenant> tenant = directory.find(id);
        return tenant.map(t -> t.name(getLocale())).orElse(id.code());
    }
}
