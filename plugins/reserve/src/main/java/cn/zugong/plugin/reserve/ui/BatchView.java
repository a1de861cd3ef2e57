package cn.zugong.plugin.reserve.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.data.Candidate;
import cn.zugong.plugin.reserve.service.BallotNominations;
import cn.zugong.plugin.reserve.service.BatchService;
import cn.zugong.plugin.reserve.service.CandidateService;
import cn.zugong.plugin.reserve.service.ConcealmentFacts;
import cn.zugong.plugin.reserve.service.Nomination;
import cn.zugong.plugin.reserve.service.PoolService;
import cn.zugong.plugin.reserve.service.ReviewService;
import cn.zugong.plugin.reserve.service.StructureService;
import cn.zugong.plugin.reserve.service.UnreadableRulesException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code reserve/batch?batch=<id>}: a batch's candidates and their states (issue item 2), the
 * nomination form, the step of a selected candidate, and the batch's structure table (item 4).
 */
public class BatchView extends ReservePage implements BeforeEnterObserver {

    private final BatchService batches = new BatchService(context);
    private final CandidateService candidates = new CandidateService(context, ConcealmentFacts.of(context));
    private final StructureService structure = new StructureService(context);
    private final PoolService pool = new PoolService(context);
    private final ReviewService reviews = new ReviewService(context);
    private final VerticalLayout memberSlot = new VerticalLayout();
    private final Grid<Candidate> grid = new Grid<>();
    private final Paragraph outcome = new Paragraph();
    private final ComboBox<CandidateState> next = new ComboBox<>();
    private final NumberField score = new NumberField();
    private Batch batch;
    private StructurePanel table;

    public BatchView() {
        super("reserve-batch", "reserve.batch.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (county.isEmpty()) {
            return;
        }
        Optional<Batch> found = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("batch")
                .flatMap(BatchView::id)
                .flatMap(id -> batches.batch(county.get(), id));
        if (found.isEmpty()) {
            note("reserve-batch-unknown", "reserve.batch.unknown");
            return;
        }
        batch = found.get();
        H3 heading = new H3(getTranslation(
                "reserve.batch.heading", String.valueOf(batch.year()), tierLabel(batch.tier()), batch.referenceDate()));
        heading.setId("reserve-batch-heading");
        outcome.setId("reserve-batch-outcome");
        add(heading);
        note("reserve-batch-concealment", "reserve.batch.concealmentUnchecked");
        try {
            if (writable) {
                List<CadreRef> cadres = cadres();
                add(
                        new NominationForm(cadres, this::nominate, this::incomplete),
                        actions(),
                        new BallotPanel(
                                county.get(),
                                batch,
                                cadres,
                                new BallotNominations(context, candidates),
                                p -> text(List.of(p)),
                                done -> refresh()));
            }
            memberSlot.setPadding(false);
            add(outcome, grid(), memberSlot, new H3(getTranslation("reserve.structure.title")));
            refresh();
        } catch (UnreadableRulesException e) {
            showUnreadableRules(e);
        }
    }

    private List<CadreRef> cadres() {
        return context.cadres().active().stream()
                .filter(c -> c.tenant().equals(county.orElseThrow()))
                .sorted(Comparator.comparing(CadreRef::name))
                .toList();
    }

    private Grid<Candidate> grid() {
        grid.setId("reserve-candidates-grid");
        grid.addColumn(Candidate::name).setHeader(getTranslation("reserve.candidate.name"));
        grid.addColumn(c -> getTranslation(c.source().messageKey()))
                .setHeader(getTranslation("reserve.candidate.source"));
        grid.addColumn(c -> c.tally()
                        .map(t -> getTranslation(
                                "reserve.candidate.tally",
                                t.votes(),
                                t.ballots(),
                                String.format(Locale.ROOT, "%.1f", t.percent())))
                        .orElse(""))
                .setHeader(getTranslation("reserve.candidate.votes"));
        grid.addColumn(c -> c.examScore().map(String::valueOf).orElse(""))
                .setHeader(getTranslation("reserve.candidate.score"));
        grid.addColumn(c -> getTranslation(c.horizon().messageKey()))
                .setHeader(getTranslation("reserve.candidate.horizon"));
        grid.addColumn(c -> getTranslation(c.state().messageKey()))
                .setHeader(getTranslation("reserve.candidate.state"));
        grid.addColumn(c -> c.stateSince().toString()).setHeader(getTranslation("reserve.candidate.since"));
        grid.addColumn(c -> c.exitReason()
                        .map(r -> getTranslation(r.messageKey()))
                        .or(() -> c.caseId().map(id -> getTranslation("reserve.candidate.case", id)))
                        .orElse(""))
                .setHeader(getTranslation("reserve.candidate.left"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            next.setItems(
                    e.getValue() == null
                            ? List.of()
                            : List.copyOf(e.getValue().state().next()));
            next.clear();
            showMember(e.getValue());
        });
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout actions() {
        next.setId("reserve-candidate-next");
        next.setLabel(getTranslation("reserve.candidate.next"));
        next.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        score.setId("reserve-candidate-score");
        score.setLabel(getTranslation("reserve.candidate.score"));
        Button apply = new Button(getTranslation("reserve.candidate.apply"), e -> move());
        apply.setId("reserve-candidate-apply");
        HorizontalLayout actions = new HorizontalLayout(next, score, apply);
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return actions;
    }

    private List<Problem> nominate(Nomination nomination) {
        List<Problem> problems = candidates.nominate(county.orElseThrow(), batch.id(), nomination);
        outcome.setText(problems.isEmpty() ? getTranslation("reserve.nominate.done") : text(problems));
        refresh();
        return problems;
    }

    private void incomplete() {
        outcome.setText(getTranslation("reserve.nominate.incomplete"));
    }

    private void move() {
        Candidate selected = grid.asSingleSelect().getValue();
        if (selected == null || next.getValue() == null) {
            outcome.setText(getTranslation("reserve.candidate.choose"));
            return;
        }
        List<Problem> problems =
                candidates.move(county.orElseThrow(), selected, next.getValue(), Optional.ofNullable(score.getValue()));
        outcome.setText(problems.isEmpty() ? getTranslation("reserve.candidate.moved") : text(problems));
        score.clear();
        refresh();
    }

    private void showMember(Candidate selected) {
        memberSlot.removeAll();
        if (selected != null && selected.state() == CandidateState.APPROVED) {
            memberSlot.add(new MemberPanel(county.orElseThrow(), selected, pool, reviews, writable, this::poolDone));
        }
    }

    private void poolDone(List<Problem> problems) {
        outcome.setText(problems.isEmpty() ? getTranslation("reserve.member.done") : text(problems));
        if (problems.isEmpty()) {
            memberSlot.removeAll();
            refresh();
        }
    }

    private void refresh() {
        grid.setItems(candidates.candidates(county.orElseThrow(), batch.id()));
        StructurePanel fresh = new StructurePanel(
                structure.rows(county.orElseThrow(), batch), structure.underAge(county.orElseThrow(), batch));
        if (table == null) {
            add(fresh);
        } else {
            replace(table, fresh);
        }
        table = fresh;
    }

    private static Optional<UUID> id(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
