package cn.zugong.plugin.training.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.data.EnrollmentEntry;
import cn.zugong.plugin.training.enrollment.EnrollmentResult;
import cn.zugong.plugin.training.enrollment.EnrollmentStatus;
import cn.zugong.plugin.training.enrollment.Transition;
import cn.zugong.plugin.training.rules.CreditRules;
import cn.zugong.plugin.training.service.EnrollmentService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The moves of one enrollment as buttons, those its state allows (DOMAIN 1.4): select, attend,
 * record leave, give the result (jieye or buhege, with the assessment), withdraw, credit, archive,
 * revoke (with its reason). Each button's id names the move and the enrollment.
 */
class EnrollmentActions {

    private final EnrollmentService enrollments;
    private final TenantId county;
    private final Texts texts;
    private final Consumer<Transition> after;

    EnrollmentActions(EnrollmentService enrollments, TenantId county, Texts texts, Consumer<Transition> after) {
        this.enrollments = enrollments;
        this.county = county;
        this.texts = texts;
        this.after = after;
    }

    /** The county's rules in force today, for the leave limit shown. */
    CreditRules rules() {
        return enrollments.rules(county);
    }

    Component buttons(EnrollmentEntry entry) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        UUID id = entry.id();
        EnrollmentStatus status = entry.enrollment().status();
        switch (status) {
            case PLANNED -> row.add(move("select", id, () -> enrollments.select(county, id)));
            case SELECTED -> row.add(move("attend", id, () -> enrollments.attend(county, id)));
            case ATTENDING ->
                row.add(
                        dialog("leave", id, this::leaveDialog),
                        dialog("result", id, this::resultDialog),
                        move("withdraw", id, () -> enrollments.withdraw(county, id)));
            case COMPLETED -> row.add(move("credit", id, () -> enrollments.credit(county, id)));
            case CREDITED ->
                row.add(
                        move("archive", id, () -> enrollments.archive(county, id)),
                        dialog("revoke", id, this::revokeDialog));
            case ARCHIVED, WITHDRAWN, FAILED, REVOKED -> {
                // final states: nothing to do
            }
        }
        return row;
    }

    private Button move(String action, UUID id, Supplier<Transition> move) {
        Button button = new Button(texts.of("training.enrollment.action." + action), e -> after.accept(move.get()));
        button.setId("training-enrollment-" + action + "-" + id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private Button dialog(String action, UUID id, Function<UUID, Dialog> dialog) {
        Button button = new Button(texts.of("training.enrollment.action." + action), e -> dialog.apply(id)
                .open());
        button.setId("training-enrollment-" + action + "-" + id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** DOMAIN T7: the leave taken, in hours. */
    private Dialog leaveDialog(UUID id) {
        BigDecimalField hours = new BigDecimalField(texts.of("training.enrollment.leaveToAdd"));
        hours.setId("training-leave-hours");
        return confirm(
                "training-leave-dialog",
                "training.enrollment.action.leave",
                hours,
                () -> enrollments.recordLeave(county, id, hours.getValue()));
    }

    /** jieye or buhege, with the assessment (kaohe jianding). */
    private Dialog resultDialog(UUID id) {
        RadioButtonGroup<EnrollmentResult> result = new RadioButtonGroup<>(texts.of("training.enrollment.result"));
        result.setId("training-result-choice");
        result.setItems(EnrollmentResult.COMPLETED, EnrollmentResult.FAILED);
        result.setItemLabelGenerator(r -> texts.of(r.messageKey()));
        result.setValue(EnrollmentResult.COMPLETED);
        TextArea assessment = new TextArea(texts.of("training.enrollment.assessment"));
        assessment.setId("training-result-assessment");
        assessment.setMaxLength(1000);
        assessment.setWidthFull();
        return confirm(
                "training-result-dialog",
                "training.enrollment.action.result",
                new VerticalLayout(result, assessment),
                () -> enrollments.complete(county, id, result.getValue(), assessment.getValue()));
    }

    /** chexiao rending: the reason is required. */
    private Dialog revokeDialog(UUID id) {
        TextField reason = new TextField(texts.of("training.enrollment.revokeReason"));
        reason.setId("training-revoke-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        return confirm(
                "training-revoke-dialog",
                "training.enrollment.action.revoke",
                reason,
                () -> enrollments.revoke(county, id, reason.getValue()));
    }

    private Dialog confirm(String id, String titleKey, Component content, Supplier<Transition> move) {
        Dialog dialog = new Dialog(texts.of(titleKey));
        dialog.setId(id);
        dialog.add(content);
        Button ok = new Button(texts.of("training.action.save"), e -> {
            dialog.close();
            after.accept(move.get());
        });
        ok.setId(id + "-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(texts.of("training.action.cancel"), e -> dialog.close());
        cancel.setId(id + "-cancel");
        dialog.getFooter().add(cancel, ok);
        return dialog;
    }
}
