package cn.zugong.plugin.rotation.ui;

import cn.zugong.api.selection.ExchangeType;
import cn.zugong.plugin.rotation.data.SavedPlan;
import cn.zugong.plugin.rotation.exchange.ExchangeReason;
import cn.zugong.plugin.rotation.service.PlanDrafts;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * What the officer does to the selected move: pin it (the solver keeps it, a post or staying), free
 * it again, forbid the post proposed (the cadre is never proposed there again), drop the cadre from
 * the plan, and set the exchange's type (调任/转任) and its reason of 第四条.
 */
final class MoveActions extends HorizontalLayout {

    private final PlanPanel panel;
    private final PlanMoves moves;

    MoveActions(PlanPanel panel, PlanMoves moves) {
        this.panel = panel;
        this.moves = moves;
        ComboBox<ExchangeType> type = new ComboBox<>(getTranslation("rotation.plan.type"));
        type.setId("rotation-plan-type");
        type.setItems(ExchangeType.values());
        type.setItemLabelGenerator(t -> getTranslation("rotation.exchange.type." + t.name()));
        ComboBox<Integer> reason = new ComboBox<>(getTranslation("rotation.plan.reasonCode"));
        reason.setId("rotation-plan-reason");
        reason.setItems(IntStream.rangeClosed(ExchangeReason.WORK_NEED, ExchangeReason.OTHER)
                .boxed()
                .toList());
        reason.setItemLabelGenerator(code -> getTranslation(ExchangeReason.messageKey(code)));
        moves.asSingleSelect().addValueChangeListener(e -> {
            type.setValue(e.getValue() == null ? null : e.getValue().exchangeType());
            reason.setValue(e.getValue() == null ? null : e.getValue().exchangeReason());
        });
        type.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                edit(m -> copy(m, m.positionId(), m.pinned(), m.forbidden(), e.getValue(), m.exchangeReason()));
            }
        });
        reason.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                edit(m -> copy(m, m.positionId(), m.pinned(), m.forbidden(), m.exchangeType(), e.getValue()));
            }
        });
        add(
                panel.button(
                        "rotation-plan-pin",
                        "rotation.plan.pinMove",
                        () -> edit(m ->
                                copy(m, m.positionId(), true, m.forbidden(), m.exchangeType(), m.exchangeReason()))),
                panel.button(
                        "rotation-plan-unpin",
                        "rotation.plan.unpinMove",
                        () -> edit(m ->
                                copy(m, m.positionId(), false, m.forbidden(), m.exchangeType(), m.exchangeReason()))),
                panel.button("rotation-plan-forbid", "rotation.plan.forbidMove", this::forbid),
                panel.button("rotation-plan-remove", "rotation.plan.removeMove", this::remove),
                type,
                reason);
        setAlignItems(Alignment.BASELINE);
    }

    private Optional<SavedPlan.Move> selected() {
        Optional<SavedPlan.Move> move = moves.asSingleSelect().getOptionalValue();
        if (move.isEmpty()) {
            panel.show("rotation.plan.error.select");
        }
        return move;
    }

    private void forbid() {
        selected().ifPresent(m -> {
            if (m.positionId().isEmpty()) {
                panel.show("rotation.plan.error.nothingToForbid");
            } else if (m.forbidden().size() >= PlanDrafts.MAX_FORBIDDEN) {
                panel.show("rotation.plan.error.tooManyForbidden", m.name(), PlanDrafts.MAX_FORBIDDEN);
            } else {
                Set<UUID> forbidden = new HashSet<>(m.forbidden());
                forbidden.add(m.positionId().get());
                edit(x -> copy(x, Optional.empty(), false, forbidden, x.exchangeType(), x.exchangeReason()));
            }
        });
    }

    private void remove() {
        selected()
                .ifPresent(m -> panel.change(
                        panel.plan().posts(),
                        panel.plan().moves().stream()
                                .filter(x -> !x.cadreId().equals(m.cadreId()))
                                .toList()));
    }

    private void edit(UnaryOperator<SavedPlan.Move> change) {
        selected().ifPresent(m -> {
            List<SavedPlan.Move> changed = panel.plan().moves().stream()
                    .map(x -> x.cadreId().equals(m.cadreId()) ? change.apply(x) : x)
                    .toList();
            panel.change(panel.plan().posts(), changed);
            changed.stream()
                    .filter(x -> x.cadreId().equals(m.cadreId()))
                    .findFirst()
                    .ifPresent(moves::select);
        });
    }

    private static SavedPlan.Move copy(
            SavedPlan.Move m, Optional<UUID> post, boolean pinned, Set<UUID> forbidden, ExchangeType type, int reason) {
        return new SavedPlan.Move(
                m.cadreId(),
                m.name(),
                m.level(),
                m.reason(),
                m.yearsInPost(),
                post,
                pinned,
                forbidden,
                type,
                reason,
                m.caseId());
    }
}
