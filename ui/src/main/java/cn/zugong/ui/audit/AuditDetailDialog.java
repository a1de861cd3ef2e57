package cn.zugong.ui.audit;

import cn.zugong.core.audit.AuditEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.Function;

/** One audit event in full: who, where, when, what, and the record before and after. */
class AuditDetailDialog extends Dialog {

    AuditDetailDialog(AuditEntry event, Function<String, String> tenantName, String time) {
        setId("audit-detail");
        setHeaderTitle(getTranslation("audit.detail.title"));
        setWidth("min(900px, 95vw)");
        VerticalLayout body = new VerticalLayout(
                line("audit.column.tenant", tenantName.apply(event.tenantId()) + " (" + event.tenantId() + ")"),
                line("audit.detail.seq", Long.toString(event.seq())),
                line("audit.column.time", time),
                line("audit.column.actor", event.actor()),
                line("audit.column.action", event.action()),
                line("audit.column.subject", event.subjectType() + " " + nullToEmpty(event.subjectId())),
                line("audit.column.summary", nullToEmpty(event.summary())),
                json("audit-detail-before", "audit.detail.before", event.beforeJson()),
                json("audit-detail-after", "audit.detail.after", event.afterJson()),
                line("audit.detail.hash", event.hash()));
        body.setPadding(false);
        body.setSpacing(false);
        add(body);
        Button close = new Button(getTranslation("action.close"), click -> close());
        close.setId("audit-detail-close");
        getFooter().add(close);
    }

    private Component line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Div(label, new Span(value));
    }

    private Component json(String id, String labelKey, String json) {
        Pre text = new Pre(json == null ? getTranslation("audit.detail.none") : json);
        text.setId(id);
        text.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        Span label = new Span(getTranslation(labelKey) + ":");
        label.getStyle().set("font-weight", "600");
        return new Div(label, text);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
