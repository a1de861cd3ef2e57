package cn.zugong.plugin.rotation.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.transfer.CadreTransfer;
import cn.zugong.api.transfer.CadreTransfers;
import cn.zugong.api.transfer.TransferRefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Function;

/**
 * {@code rotation/transfers}: cross-county transfers (issue 19 item 6). A department above counties
 * (a city's or the province's) proposes one here ({@link ProposalForm}) and withdraws it while
 * open; a county's tenant-admin sees the transfers concerning the county, the proposal only (the
 * cadre's name and post, the two counties), and accepts or refuses those awaiting its answer. The
 * platform checks every step again (SDK {@link CadreTransfers}); a refusal shows its reason.
 */
public class TransfersView extends RotationPage {

    private final CadreTransfers transfers = context.transfers();
    private final Grid<CadreTransfer> grid = new Grid<>();
    private final Paragraph outcome = new Paragraph();
    private final boolean department;

    public TransfersView() {
        super("rotation-transfers", "rotation.transfer.title");
        department = !transfers.countiesBelow().isEmpty();
        if (county.isEmpty()) {
            return;
        }
        outcome.setId("rotation-transfer-outcome");
        if (department && writable) {
            add(new ProposalForm(transfers, this::run, this::refresh));
        }
        add(outcome, grid());
        if (writable) {
            add(department ? withdrawAction() : answerActions());
        }
        refresh();
    }

    private Grid<CadreTransfer> grid() {
        grid.setId("rotation-transfer-grid");
        grid.addColumn(CadreTransfer::cadreName).setHeader(getTranslation("rotation.transfer.cadre"));
        grid.addColumn(t -> t.currentPost().orElse("")).setHeader(getTranslation("rotation.transfer.post"));
        grid.addColumn(t -> name(t.from())).setHeader(getTranslation("rotation.transfer.from"));
        grid.addColumn(t -> name(t.to())).setHeader(getTranslation("rotation.transfer.to"));
        grid.addColumn(CadreTransfer::reason).setHeader(getTranslation("rotation.transfer.reason"));
        grid.addColumn(this::status)
                .setHeader(getTranslation("rotation.transfer.status"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String status(CadreTransfer t) {
        String status = getTranslation("rotation.transfer.status." + t.status().name());
        if (t.effective().isPresent()) {
            return status + " " + t.effective().get();
        }
        boolean awaiting = county.filter(
                        c -> t.status().open() && !t.acceptedBy(c) && (c.equals(t.from()) || c.equals(t.to())))
                .isPresent();
        return awaiting ? status + " · " + getTranslation("rotation.transfer.awaiting") : status;
    }

    private String name(TenantId tenant) {
        return transfers.countyName(tenant, getLocale());
    }

    private HorizontalLayout answerActions() {
        Button accept = new Button(
                getTranslation("rotation.transfer.accept"),
                e -> onSelected(t -> {
                    CadreTransfer answered = transfers.accept(t.id());
                    return answered.effective().isPresent() ? "rotation.transfer.moved" : "rotation.transfer.accepted";
                }));
        accept.setId("rotation-transfer-accept");
        TextArea refusal = new TextArea(getTranslation("rotation.transfer.refusal"));
        refusal.setId("rotation-transfer-refusal");
        refusal.setMaxLength(500);
        Button refuse = new Button(
                getTranslation("rotation.transfer.refuse"),
                e -> onSelected(t -> {
                    transfers.refuse(t.id(), refusal.getValue());
                    refusal.clear();
                    return "rotation.transfer.refused";
                }));
        refuse.setId("rotation-transfer-refuse");
        return new HorizontalLayout(accept, refusal, refuse);
    }

    private Button withdrawAction() {
        Button withdraw = new Button(
                getTranslation("rotation.transfer.withdraw"),
                e -> onSelected(t -> {
                    transfers.withdraw(t.id());
                    return "rotation.transfer.withdrawn";
                }));
        withdraw.setId("rotation-transfer-withdraw");
        return withdraw;
    }

    /** Runs an action on the selected transfer and says what came of it. */
    private void onSelected(Function<CadreTransfer, String> action) {
        CadreTransfer selected = grid.asSingleSelect().getValue();
        if (selected == null) {
            outcome.setText(getTranslation("rotation.transfer.chooseFirst"));
            return;
        }
        run(() -> action.apply(selected));
    }

    /** Runs a step; shows its outcome's words, or the platform's reason for refusing it. */
    private void run(java.util.function.Supplier<String> step) {
        try {
            outcome.setText(getTranslation(step.get()));
        } catch (TransferRefusedException refused) {
            outcome.setText(getTranslation(
                    "rotation.transfer.problem." + refused.problem().name()));
        }
        refresh();
    }

    private void refresh() {
        List<CadreTransfer> shown = department ? transfers.proposed() : transfers.concerning();
        grid.setItems(shown);
        grid.asSingleSelect().clear();
        if (outcome.getText().isEmpty()) {
            outcome.setText(getTranslation("rotation.transfer.count", shown.size()));
        }
    }
}
