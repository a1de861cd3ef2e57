package cn.zugong.plugin.rotation.ui;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.data.SavedPlan;
import cn.zugong.plugin.rotation.exchange.PlanStatus;
import cn.zugong.plugin.rotation.plan.MoveExplanation;
import cn.zugong.plugin.rotation.plan.Mover;
import cn.zugong.plugin.rotation.service.PlanApproval;
import cn.zugong.plugin.rotation.service.PlanDrafts;
import cn.zugong.plugin.rotation.service.PlanSolving;
import cn.zugong.plugin.rotation.service.UnreadableRulesException;
import com.vaadin.flow.component.HasOrderedComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One plan: its state and score, the cadres and posts, the moves with their explanation. For a
 * writer of the county, while a draft: add the cadres of a due list with one click or pick one, offer
 * the county's vacancies, solve (a few seconds), pin, forbid or drop the selected move ({@link
 * MoveActions}), save, and approve (each move then opens its selection case of kind 交流).
 */
final class PlanPanel extends VerticalLayout {

    private static final Logger LOG = Logger.getLogger(PlanPanel.class.getName());

    private final PluginContext context;
    private final TenantId county;
    private final PlanDrafts drafts;
    private final Paragraph status = new Paragraph();
    private final Paragraph score = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final Grid<SavedPlan.Post> posts = new Grid<>();
    private final PlanMoves moves = new PlanMoves();
    private SavedPlan plan;
    private List<MoveExplanation> explained = List.of();

    PlanPanel(PluginContext context, TenantId county, boolean writable, SavedPlan plan) {
        this.context = context;
        this.county = county;
        this.drafts = new PlanDrafts(context);
        this.plan = plan;
        setPadding(false);
        H3 name = new H3(plan.name());
        name.setId("rotation-plan-name");
        status.setId("rotation-plan-status");
        score.setId("rotation-plan-score");
        message.setId("rotation-plan-message");
        add(name, status, score, message);
        boolean draft = writable && plan.status() == PlanStatus.DRAFT;
        if (draft) {
            add(cadreTools(), postTools());
        }
        posts.setId("rotation-plan-posts");
        posts.addColumn(SavedPlan.Post::unitName)
                .setHeader(getTranslation("rotation.plan.unit"))
                .setFlexGrow(2);
        posts.addColumn(SavedPlan.Post::title).setHeader(getTranslation("rotation.plan.post"));
        posts.addColumn(p -> p.level().isEmpty() ? "" : getTranslation("rotation.level." + p.level()))
                .setHeader(getTranslation("rotation.plan.level"));
        posts.addColumn(SavedPlan.Post::seats).setHeader(getTranslation("rotation.plan.seats"));
        posts.setAllRowsVisible(true);
        H4 movesTitle = new H4(getTranslation("rotation.plan.moves"));
        add(new H4(getTranslation("rotation.plan.posts")), posts, movesTitle, moves);
        if (draft) {
            add(new MoveActions(this, moves), planTools());
        }
        if (draft && plan.moves().stream().anyMatch(m -> m.positionId().isPresent())) {
            score();
        }
        refresh();
    }

    private HorizontalLayout cadreTools() {
        HorizontalLayout tools = new HorizontalLayout(
                button("rotation-plan-add-must", "rotation.plan.addMust", () -> addList(Mover.Reason.MUST)),
                button("rotation-plan-add-terms", "rotation.plan.addTerms", () -> addList(Mover.Reason.TERMS)),
                button("rotation-plan-add-should", "rotation.plan.addShould", () -> addList(Mover.Reason.SHOULD)));
        ComboBox<CadreCareer> pick = new ComboBox<>(getTranslation("rotation.plan.pick"));
        pick.setId("rotation-plan-pick");
        pick.setItems(drafts.cadres());
        pick.setItemLabelGenerator(CadreCareer::name);
        Button add =
                button("rotation-plan-pick-add", "rotation.plan.pickAdd", () -> Optional.ofNullable(pick.getValue())
                        .flatMap(c -> drafts.picked(county, c.cadreId()))
                        .ifPresent(m -> addMoves(List.of(m))));
        tools.add(pick, add);
        tools.setAlignItems(Alignment.BASELINE);
        return tools;
    }

    private HorizontalLayout postTools() {
        return new HorizontalLayout(button("rotation-plan-add-vacancies", "rotation.plan.addVacancies", () -> {
            Map<UUID, SavedPlan.Post> all = new LinkedHashMap<>();
            plan.posts().forEach(p -> all.put(p.positionId(), p));
            drafts.vacancies().forEach(p -> all.putIfAbsent(p.positionId(), p));
            change(new ArrayList<>(all.values()), plan.moves());
        }));
    }

    private HorizontalLayout planTools() {
        return new HorizontalLayout(
                button("rotation-plan-solve", "rotation.plan.solve", this::solve),
                button("rotation-plan-save", "rotation.plan.save", this::save),
                button("rotation-plan-approve", "rotation.plan.approve", this::approve));
    }

    Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        return button;
    }

    private void addList(Mover.Reason list) {
        try {
            addMoves(drafts.fromList(county, list));
        } catch (UnreadableRulesException e) {
            show("rotation.plan.error.rules");
        }
    }

    private void addMoves(List<SavedPlan.Move> added) {
        Map<UUID, SavedPlan.Move> all = new LinkedHashMap<>();
        plan.moves().forEach(m -> all.put(m.cadreId(), m));
        added.forEach(m -> all.putIfAbsent(m.cadreId(), m));
        change(plan.posts(), new ArrayList<>(all.values()));
    }

    /** The draft with these posts and moves; the explanations no longer hold. */
    void change(List<SavedPlan.Post> newPosts, List<SavedPlan.Move> newMoves) {
        plan = new SavedPlan(
                plan.id(),
                plan.name(),
                plan.status(),
                Optional.empty(),
                Optional.empty(),
                plan.createdOn(),
                plan.approvedOn(),
                newPosts,
                newMoves);
        explained = List.of();
        message.setText("");
        refresh();
    }

    SavedPlan plan() {
        return plan;
    }

    private void solve() {
        if (plan.moves().isEmpty() || plan.posts().isEmpty()) {
            show("rotation.plan.error.empty");
            return;
        }
        try {
            PlanSolving.Solved solved = new PlanSolving(context).solve(county, plan);
            plan = solved.plan();
            explained = solved.explanations();
            refresh();
            show("rotation.plan.solved");
        } catch (UnreadableRulesException e) {
            show("rotation.plan.error.rules");
        } catch (RuntimeException e) {
            // Logged with the platform's logging (JUL), shown to the officer in words, never a 500.
            LOG.log(Level.WARNING, "Exchange plan " + plan.id() + " not solved", e);
            show("rotation.plan.error.solve");
        }
    }

    private void score() {
        try {
            PlanSolving.Solved scored = new PlanSolving(context).score(county, plan);
            explained = scored.explanations();
        } catch (UnreadableRulesException e) {
            show("rotation.plan.error.rules");
        }
    }

    private boolean save() {
        List<Problem> problems = drafts.save(
                county, plan, plan.hardScore().orElse(null), plan.softScore().orElse(null));
        if (problems.isEmpty()) {
            show("rotation.plan.saved");
            return true;
        }
        show(problems.get(0));
        return false;
    }

    private void approve() {
        if (!save()) {
            return;
        }
        List<Problem> problems = new PlanApproval(context).approve(county, plan.id());
        if (!problems.isEmpty()) {
            show(problems.get(0));
            return;
        }
        // The approved plan, read back, replaces the draft: its moves now link to their cases.
        drafts.find(county, plan.id()).ifPresent(approved -> getParent()
                .filter(HasOrderedComponents.class::isInstance)
                .map(HasOrderedComponents.class::cast)
                .ifPresent(parent -> {
                    PlanPanel shown = new PlanPanel(context, county, true, approved);
                    parent.replace(this, shown);
                    shown.show("rotation.plan.approved");
                }));
    }

    private void refresh() {
        status.setText(getTranslation(
                "rotation.plan.statusLine",
                getTranslation(plan.status().messageKey()),
                plan.createdOn().toString(),
                plan.approvedOn().map(Object::toString).orElse("-")));
        score.setText(
                plan.hardScore().isPresent()
                        ? getTranslation(
                                "rotation.plan.scoreLine",
                                plan.hardScore().get(),
                                plan.softScore().orElse(0L))
                        : getTranslation("rotation.plan.unsolved"));
        posts.setItems(plan.posts());
        moves.show(plan, explained);
    }

    void show(String key, Object... args) {
        message.setText(getTranslation(key, args));
    }

    private void show(Problem problem) {
        show(problem.key(), problem.args().toArray());
    }
}
