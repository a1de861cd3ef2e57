package cn.zugong.plugin.rotation.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.data.Exchange;
import cn.zugong.plugin.rotation.exchange.ExchangeFile;
import cn.zugong.plugin.rotation.exchange.ExchangeStatus;
import cn.zugong.plugin.rotation.service.ExchangeCases;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The selected exchange case's file (the two units' opinions, the talk, handover and report dates,
 * the relations transferred, the departure audit flag, the day the registry shows the new post) and,
 * for a writer, saving it, the next step, cancelling, and a look in the registry.
 */
final class ExchangeForm extends VerticalLayout {

    private final ExchangeCases exchanges;
    private final TenantId county;
    private final Consumer<Exchange> reload;
    private final H4 title = new H4();
    private final TextArea sending = area("rotation-exchange-sending", "rotation.exchange.sendingOpinion");
    private final TextArea receiving = area("rotation-exchange-receiving", "rotation.exchange.receivingOpinion");
    private final TextArea talk = area("rotation-exchange-talk", "rotation.exchange.talkRecord");
    private final DatePicker talkedOn = date("rotation-exchange-talked-on", "rotation.exchange.talkedOn");
    private final DatePicker handedOverOn = date("rotation-exchange-handed-over-on", "rotation.exchange.handedOverOn");
    private final DatePicker reportedOn = date("rotation-exchange-reported-on", "rotation.exchange.reportedOn");
    private final Checkbox party = box("rotation-exchange-party", "rotation.exchange.partyRelation");
    private final Checkbox salary = box("rotation-exchange-salary", "rotation.exchange.salaryRelation");
    private final Checkbox file = box("rotation-exchange-file", "rotation.exchange.personnelFile");
    private final Checkbox audit = box("rotation-exchange-audit", "rotation.exchange.departureAudit");
    private final Paragraph appointed = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final boolean writable;
    private Exchange shown;

    ExchangeForm(ExchangeCases exchanges, TenantId county, boolean writable, Consumer<Exchange> reload) {
        this.exchanges = exchanges;
        this.county = county;
        this.writable = writable;
        this.reload = reload;
        setId("rotation-exchange-form");
        setPadding(false);
        appointed.setId("rotation-exchange-appointed");
        message.setId("rotation-exchange-message");
        actions.add(
                button("rotation-exchange-save", "rotation.exchange.save", this::save),
                button("rotation-exchange-next", "rotation.exchange.next", this::next),
                button("rotation-exchange-cancel", "rotation.exchange.cancel", () -> move(ExchangeStatus.CANCELLED)),
                button("rotation-exchange-registry", "rotation.exchange.checkRegistry", this::registry));
        add(
                title,
                new HorizontalLayout(sending, receiving, talk),
                new HorizontalLayout(talkedOn, handedOverOn, reportedOn),
                new HorizontalLayout(party, salary, file, audit),
                appointed,
                actions,
                message);
        setVisible(false);
    }

    void show(Exchange exchange) {
        shown = exchange;
        setVisible(exchange != null);
        message.setText("");
        if (exchange == null) {
            return;
        }
        ExchangeFile f = exchange.file();
        title.setText(getTranslation(
                "rotation.exchange.formTitle",
                exchange.cadreName(),
                getTranslation(exchange.status().messageKey())));
        sending.setValue(f.sendingOpinion());
        receiving.setValue(f.receivingOpinion());
        talk.setValue(f.talkRecord());
        talkedOn.setValue(f.talkedOn().orElse(null));
        handedOverOn.setValue(f.handedOverOn().orElse(null));
        reportedOn.setValue(f.reportedOn().orElse(null));
        party.setValue(f.partyRelation());
        salary.setValue(f.salaryRelation());
        file.setValue(f.personnelFile());
        audit.setValue(f.departureAudit());
        appointed.setText(f.appointedOn()
                .map(d -> getTranslation("rotation.exchange.appointedOn", d.toString()))
                .orElse(getTranslation("rotation.exchange.notAppointed")));
        boolean open = writable && exchange.status().open();
        actions.setVisible(open);
        for (var field : List.of(sending, receiving, talk)) {
            field.setReadOnly(!open);
        }
        for (var field : List.of(talkedOn, handedOverOn, reportedOn)) {
            field.setReadOnly(!open);
        }
        for (var field : List.of(party, salary, file, audit)) {
            field.setReadOnly(!open);
        }
    }

    private ExchangeFile entered() {
        return new ExchangeFile(
                sending.getValue(),
                receiving.getValue(),
                talk.getValue(),
                Optional.ofNullable(talkedOn.getValue()),
                Optional.ofNullable(handedOverOn.getValue()),
                Optional.ofNullable(reportedOn.getValue()),
                party.getValue(),
                salary.getValue(),
                file.getValue(),
                audit.getValue(),
                Optional.empty());
    }

    private boolean save() {
        return done(exchanges.record(county, shown.id(), entered()), "rotation.exchange.saved");
    }

    private void next() {
        if (save()) {
            shown.status().forward().ifPresent(this::move);
        }
    }

    private void move(ExchangeStatus to) {
        done(exchanges.move(county, shown.id(), to), "rotation.exchange.moved");
    }

    private void registry() {
        exchanges.checkRegistry(county, shown.id());
        Exchange before = shown;
        reload.accept(before);
    }

    private boolean done(List<Problem> problems, String key) {
        if (!problems.isEmpty()) {
            message.setText(
                    getTranslation(problems.get(0).key(), problems.get(0).args().toArray()));
            return false;
        }
        Exchange before = shown;
        reload.accept(before);
        message.setText(getTranslation(key));
        return true;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        return button;
    }

    private TextArea area(String id, String key) {
        TextArea area = new TextArea(getTranslation(key));
        area.setId(id);
        area.setMaxLength(ExchangeFile.MAX_TEXT);
        return area;
    }

    private DatePicker date(String id, String key) {
        DatePicker picker = new DatePicker(getTranslation(key));
        picker.setId(id);
        return picker;
    }

    private Checkbox box(String id, String key) {
        Checkbox box = new Checkbox(getTranslation(key));
        box.setId(id);
        return box;
    }
}
