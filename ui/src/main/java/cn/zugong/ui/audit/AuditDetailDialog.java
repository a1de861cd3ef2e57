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

/**
 * One audit event in full: who, from which session and address, where, when, what in words, the
 * record by name (its id beside), and the record's fields before and after with their labels.
 */
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
                line("audit.detail.session", nullToEmpty(event.sessionHash())),
                line("audit.detail.address", nullToEmpty(event.clientAddress())),
                line("audit.column.action", AuditTexts.action(this, event.action())),
                line("audit.column.subject", AuditTexts.subject(this, event)),
                line("audit.detail.subjectId", nullToEmpty(event.subjectId())));
        body.setPadding(false);
        body.setSpacing(false);
        AuditFieldTable.of(this, event)
                .ifPresentOrElse(
                        body::add,
                        () -> body.add(
                                json("audit-detail-before", "audit.detail.before", event.beforeJson()),
                                json("audit-detail-after", "audit.detail.after", event.afterJson())));
        body.add(line("audit.detail.hash", event.hash()));
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

    /** A side that is not the trail's flat JSON, shown as it is. */
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
