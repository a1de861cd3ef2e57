package cn.zugong.plugin.rotation.ui;

import cn.zugong.plugin.rotation.data.SavedPlan;
import cn.zugong.plugin.rotation.exchange.ExchangeReason;
import cn.zugong.plugin.rotation.plan.MoveExplanation;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The moves of a plan: cadre, why in the plan, the post proposed (or stays), pinned or not, the posts
 * forbidden, the exchange's type and reason, the move's score and each rule or preference weighing on
 * it; once approved, the selection case it opened.
 */
final class PlanMoves extends Grid<SavedPlan.Move> {

    private Map<UUID, SavedPlan.Post> posts = Map.of();
    private Map<UUID, MoveExplanation> explanations = Map.of();

    PlanMoves() {
        setId("rotation-plan-moves");
        addColumn(SavedPlan.Move::name)
                .setHeader(getTranslation("rotation.plan.cadre"))
                .setAutoWidth(true);
        addColumn(m -> getTranslation(
                        "rotation.plan.whyValue",
                        getTranslation("rotation.plan.reason." + m.reason().name()),
                        m.yearsInPost()))
                .setHeader(getTranslation("rotation.plan.why"))
                .setAutoWidth(true);
        addColumn(this::post)
                .setHeader(getTranslation("rotation.plan.proposed"))
                .setFlexGrow(3);
        addColumn(m -> getTranslation(m.pinned() ? "rotation.plan.pinned" : "rotation.plan.free"))
                .setHeader(getTranslation("rotation.plan.pin"))
                .setAutoWidth(true);
        addColumn(m -> String.valueOf(m.forbidden().size()))
                .setHeader(getTranslation("rotation.plan.forbiddenCount"))
                .setAutoWidth(true);
        addColumn(m -> getTranslation(
                        "rotation.plan.exchangeValue",
                        getTranslation(
                                "rotation.exchange.type." + m.exchangeType().name()),
                        getTranslation(ExchangeReason.messageKey(m.exchangeReason()))))
                .setHeader(getTranslation("rotation.plan.exchange"))
                .setFlexGrow(2);
        addColumn(this::score)
                .setHeader(getTranslation("rotation.plan.moveScore"))
                .setAutoWidth(true);
        addColumn(this::explanation)
                .setHeader(getTranslation("rotation.plan.explanation"))
                .setFlexGrow(4);
        addComponentColumn(m -> m.caseId()
                        .<com.vaadin.flow.component.Component>map(
                                id -> new Anchor("selection/" + id, getTranslation("rotation.plan.case")))
                        .orElseGet(Span::new))
                .setHeader(getTranslation("rotation.plan.caseColumn"))
                .setAutoWidth(true);
        setAllRowsVisible(true);
    }

    void show(SavedPlan plan, List<MoveExplanation> explained) {
        posts = plan.posts().stream()
                .collect(Collectors.toMap(SavedPlan.Post::positionId, Function.identity(), (a, b) -> a));
        explanations = explained.stream()
                .collect(Collectors.toMap(MoveExplanation::cadreId, Function.identity(), (a, b) -> a));
        setItems(plan.moves());
    }

    String post(SavedPlan.Move move) {
        return move.positionId()
                .map(posts::get)
                .map(p -> getTranslation("rotation.plan.postValue", p.unitName(), p.title()))
                .orElse(getTranslation("rotation.plan.stays"));
    }

    private String score(SavedPlan.Move move) {
        return Optional.ofNullable(explanations.get(move.cadreId()))
                .map(e -> getTranslation(
                        "rotation.plan.scoreValue",
                        e.score().hardScore(),
                        e.score().softScore()))
                .orElse("");
    }

    private String explanation(SavedPlan.Move move) {
        return Optional.ofNullable(explanations.get(move.cadreId()))
                .map(e -> e.impacts().stream()
                        .map(i -> getTranslation(
                                i.score().hardScore() != 0 ? "rotation.plan.hard" : "rotation.plan.soft",
                                getTranslation("rotation.plan.constraint." + i.constraint()),
                                i.score().hardScore() != 0
                                        ? i.score().hardScore()
                                        : i.score().softScore()))
                        .collect(Collectors.joining(getTranslation("rotation.plan.separator"))))
                .orElse("");
    }
}
