package cn.zugong.plugin.example;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;
import java.util.UUID;

/**
 * The example plugin's page: the county's hold list (cadres whose appointment the example's gate
 * blocks) and the cadre events the example has observed, both in the plugin's own tables. It has no {@code @Route}: the platform
 * registers it.
 */
public class ExampleView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<Hold> holds = new Grid<>();
    private final Grid<ObservedEvent> events = new Grid<>();
    private final PluginContext context = PluginContext.of(ExampleView.class);
    private final HoldList list = new HoldList(context);
    /** The county shown: the user's own, or the one a supervisor picked; holds change only in one's own. */
    private final Optional<TenantId> county = shown();

    private final boolean writable = context.tenancy().writableTenant().isPresent();

    public ExampleView() {
        setId("example-view");
        add(new H2(getTranslation("example.title")), new Paragraph(getTranslation("example.body")));
        TextField cadre = new TextField(getTranslation("example.hold.cadre"));
        cadre.setId("example-hold-cadre");
        TextField reason = new TextField(getTranslation("example.hold.reason"));
        reason.setId("example-hold-reason");
        Button hold = new Button(getTranslation("example.hold.add"), e -> {
            try {
                UUID id = UUID.fromString(cadre.getValue().strip());
                if (reason.getValue().isBlank()) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(getTranslation("example.hold.reasonRequired"));
                    return;
                }
                list.hold(id, reason.getValue().strip());
                cadre.clear();
                reason.clear();
                refresh();
            } catch (IllegalArgumentException notAnId) {
                cadre.setInvalid(true);
                cadre.setErrorMessage(getTranslation("example.hold.badId"));
            }
        });
        hold.setId("example-hold-add");
        hold.setEnabled(writable);
        holds.setId("example-holds");
        holds.addColumn(Hold::cadreId).setHeader(getTranslation("example.hold.cadre"));
        holds.addColumn(Hold::reason).setHeader(getTranslation("example.hold.reason"));
        holds.addComponentColumn(entry -> {
            Button release = new Button(getTranslation("example.hold.release"), e -> {
                list.release(entry.cadreId());
                refresh();
            });
            release.setEnabled(writable);
            return release;
        });
        holds.setAllRowsVisible(true);
        events.setId("example-events");
        events.addColumn(e -> getTranslation("example.event." + e.kind()))
                .setHeader(getTranslation("example.event.kind"));
        events.addColumn(ObservedEvent::cadreId).setHeader(getTranslation("example.hold.cadre"));
        events.addColumn(ObservedEvent::effective).setHeader(getTranslation("example.event.effective"));
        events.setAllRowsVisible(true);
        add(
                new H3(getTranslation("example.hold.title")),
                new HorizontalLayout(cadre, reason, hold),
                holds,
                new H3(getTranslation("example.event.title")),
                events);
        refresh();
    }

    private Optional<TenantId> shown() {
        var tenancy = context.tenancy();
        if (tenancy.writableTenant().isPresent()) {
            return tenancy.writableTenant();
        }
        return tenancy.readableTenants().size() == 1
                ? Optional.of(tenancy.readableTenants().iterator().next())
                : Optional.empty();
    }

    private void refresh() {
        if (county.isPresent()) {
            holds.setItems(list.holds());
            events.setItems(list.events());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("example.title");
    }
}
