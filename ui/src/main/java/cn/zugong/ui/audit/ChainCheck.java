package cn.zugong.ui.audit;

import cn.zugong.core.audit.ChainVerdict;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Function;

/**
 * Verifies one tenant's chain on request and shows the verdict: the count when intact, else the
 * first broken link. The platform auditor picks the tenant (or the platform's own chain); a county
 * auditor checks their county.
 */
class ChainCheck extends HorizontalLayout {

    final Select<String> tenant = new Select<>();
    final Button verify = new Button();
    final Span result = new Span();

    ChainCheck(List<String> tenants, Function<String, String> tenantName, Function<String, ChainVerdict> verifier) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        tenant.setId("audit-verify-tenant");
        tenant.setLabel(getTranslation("audit.verify.tenant"));
        tenant.setItems(tenants);
        tenant.setItemLabelGenerator(tenantName::apply);
        tenant.setValue(tenants.getFirst());
        tenant.setVisible(tenants.size() > 1);
        verify.setId("audit-verify");
        verify.setText(getTranslation("audit.verify.button"));
        verify.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        verify.addClickListener(click -> show(verifier.apply(tenant.getValue())));
        result.setId("audit-verify-result");
        add(tenant, verify, result);
    }

    void show(ChainVerdict verdict) {
        result.setText(VerdictText.of(verdict, this::getTranslation));
        result.getElement().setAttribute("data-ok", Boolean.toString(verdict.ok()));
        result.getStyle()
                .set("color", verdict.ok() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)")
                .set("font-weight", "600");
    }
}
