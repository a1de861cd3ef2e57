package cn.zugong.ui.audit;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.audit.AuditActions;
import cn.zugong.core.audit.AuditQuery;
import cn.zugong.ui.i18n.PortalI18NProvider;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The audit trail's filters: tenant (only when the auditor reads more than one), user, action (in
 * words, or a feature's actions together), record type and id, and a range of days (both days
 * included, in China Standard Time).
 */
class AuditFilterBar extends FormLayout {

    static final String ALL_TENANTS = "";

    final Select<String> tenant = new Select<>();
    final TextField actor = text("audit-filter-actor", "audit.filter.actor");
    final ComboBox<String> action = actionChoice();
    final TextField subjectType = text("audit-filter-subject-type", "audit.filter.subjectType");
    final TextField subjectId = text("audit-filter-subject-id", "audit.filter.subjectId");
    final DatePicker from = Widgets.datePicker(getTranslation("audit.filter.from"));
    final DatePicker to = Widgets.datePicker(getTranslation("audit.filter.to"));
    private final ZoneId zone;

    AuditFilterBar(List<String> tenants, Function<String, String> tenantName, ZoneId zone, boolean platformChain) {
        this.zone = zone;
        action.setItems(actionItems(platformChain));
        setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("900px", 4));
        tenant.setId("audit-filter-tenant");
        tenant.setLabel(getTranslation("audit.filter.tenant"));
        List<String> choices = new ArrayList<>();
        choices.add(ALL_TENANTS);
        choices.addAll(tenants);
        tenant.setItems(choices);
        tenant.setItemLabelGenerator(
                code -> ALL_TENANTS.equals(code) ? getTranslation("audit.filter.allTenants") : tenantName.apply(code));
        tenant.setValue(ALL_TENANTS);
        tenant.setVisible(tenants.size() > 1);
        from.setId("audit-filter-from");
        to.setId("audit-filter-to");
        add(tenant, actor, action, subjectType, subjectId, from, to);
    }

    /**
     * The actions in words, each feature's actions together first ({@code cadre.}); a typed text
     * that matches none is taken as the beginning of an action's code ({@code training.}).
     */
    private ComboBox<String> actionChoice() {
        ComboBox<String> choice = new ComboBox<>(getTranslation("audit.filter.action"));
        choice.setId("audit-filter-action");
        choice.setItemLabelGenerator(this::actionLabel);
        choice.setAllowCustomValue(true);
        choice.addCustomValueSetListener(typed -> choice.setValue(typed.getDetail()));
        choice.setClearButtonVisible(true);
        return choice;
    }

    /** Each feature's actions together first, then every action; the platform chain's when it is shown. */
    private static List<String> actionItems(boolean platformChain) {
        Set<String> actions = new TreeSet<>(AuditActions.PLATFORM);
        if (platformChain) {
            actions.addAll(AuditActions.PLATFORM_CHAIN);
        }
        List<String> items = new ArrayList<>();
        actions.stream().map(a -> a.substring(0, a.indexOf('.') + 1)).distinct().forEach(items::add);
        items.addAll(actions);
        return items;
    }

    private String actionLabel(String action) {
        if (!action.endsWith(".")) {
            return AuditTexts.action(this, action);
        }
        String key = "audit.filter.feature." + action.substring(0, action.length() - 1);
        return PortalI18NProvider.defines(key, getLocale()) ? getTranslation(key) : action;
    }

    private TextField text(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        return field;
    }

    /** Calls back whenever a filter changes. */
    void onChange(Runnable changed) {
        for (HasValue<?, ?> field : List.of(tenant, actor, action, subjectType, subjectId, from, to)) {
            field.addValueChangeListener(change -> changed.run());
        }
    }

    AuditQuery query(int offset, int limit) {
        return new AuditQuery(
                tenant.getValue(),
                actor.getValue(),
                action.getValue(),
                subjectType.getValue(),
                subjectId.getValue(),
                startOf(from.getValue()),
                startOf(to.getValue() == null ? null : to.getValue().plusDays(1)),
                offset,
                limit);
    }

    private Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }
}
