package cn.zugong.plugin.reserve.ui;

import cn.zugong.api.ballot.BallotOutcome;
import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.view.Widgets;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.service.BallotNominations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 民主推荐 through a ballot session of the platform (item 2): open a recommendation ballot with the
 * names, issue the codes to hand out, start and close it, and nominate the names from its tallies.
 */
class BallotPanel extends VerticalLayout {

    private final TenantId county;
    private final Batch batch;
    private final BallotNominations ballots;
    private final Function<Problem, String> text;
    private final Consumer<String> done;
    private final MultiSelectComboBox<CadreRef> names = Widgets.multiSelectComboBox();
    private final IntegerField expected = new IntegerField();
    private final IntegerField maxMarks = new IntegerField();
    private final ComboBox<UUID> session = new ComboBox<>();
    private final ComboBox<Horizon> horizon = new ComboBox<>();
    private final Paragraph state = new Paragraph();

    BallotPanel(
            TenantId county,
            Batch batch,
            List<CadreRef> cadres,
            BallotNominations ballots,
            Function<Problem, String> text,
            Consumer<String> done) {
        this.county = county;
        this.batch = batch;
        this.ballots = ballots;
        this.text = text;
        this.done = done;
        setId("reserve-ballot");
        setPadding(false);
        names.setId("reserve-ballot-names");
        names.setLabel(getTranslation("reserve.ballot.names.label"));
        names.setItems(cadres);
        names.setItemLabelGenerator(CadreRef::name);
        expected.setId("reserve-ballot-expected");
        expected.setLabel(getTranslation("reserve.ballot.expected"));
        maxMarks.setId("reserve-ballot-maxMarks");
        maxMarks.setLabel(getTranslation("reserve.ballot.maxMarks"));
        Button open = new Button(getTranslation("reserve.ballot.open"), e -> open());
        open.setId("reserve-ballot-open");
        HorizontalLayout opening = new HorizontalLayout(names, expected, maxMarks, open);
        opening.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        opening.setWrap(true);

        session.setId("reserve-ballot-session");
        session.setLabel(getTranslation("reserve.ballot.session"));
        session.addValueChangeListener(e -> describe());
        horizon.setId("reserve-ballot-horizon");
        horizon.setLabel(getTranslation("reserve.nominate.horizon"));
        horizon.setItems(Horizon.values());
        horizon.setItemLabelGenerator(h -> getTranslation(h.messageKey()));
        Button codes = action(
                "reserve-ballot-codes",
                "reserve.ballot.codes",
                s -> getTranslation("reserve.ballot.issued", String.join(" ", ballots.issueCodes(s))));
        Button start = action("reserve-ballot-start", "reserve.ballot.start", s -> {
            ballots.start(s);
            return getTranslation("reserve.ballot.started");
        });
        Button close = action("reserve-ballot-close", "reserve.ballot.close", s -> {
            ballots.close(s);
            return getTranslation("reserve.ballot.closed");
        });
        Button nominate = action("reserve-ballot-nominate", "reserve.ballot.nominate", this::nominate);
        HorizontalLayout running = new HorizontalLayout(session, codes, start, close, horizon, nominate);
        running.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        running.setWrap(true);
        state.setId("reserve-ballot-state");
        add(new H4(getTranslation("reserve.ballot.title")), opening, running, state);
        refreshSessions();
    }

    private void open() {
        if (names.getValue().isEmpty() || expected.getValue() == null || maxMarks.getValue() == null) {
            state.setText(getTranslation("reserve.ballot.incomplete"));
            return;
        }
        List<Problem> problems = ballots.open(
                county,
                batch,
                getTranslation("reserve.ballot.heading", String.valueOf(batch.year())),
                new ArrayList<>(names.getValue()),
                expected.getValue(),
                maxMarks.getValue());
        state.setText(
                problems.isEmpty()
                        ? getTranslation("reserve.ballot.opened")
                        : problems.stream().map(text).collect(Collectors.joining(" ")));
        refreshSessions();
    }

    private String nominate(UUID chosen) {
        if (horizon.getValue() == null) {
            return getTranslation("reserve.ballot.horizon");
        }
        List<BallotNominations.Refusal> refused = ballots.nominate(county, batch, chosen, horizon.getValue());
        done.accept("");
        return refused.isEmpty()
                ? getTranslation("reserve.ballot.nominated")
                : refused.stream()
                        .map(r ->
                                r.name().isEmpty() ? text.apply(r.problem()) : r.name() + "：" + text.apply(r.problem()))
                        .collect(Collectors.joining(" "));
    }

    private Button action(String id, String key, Function<UUID, String> act) {
        Button button = new Button(getTranslation(key), e -> {
            if (session.getValue() == null) {
                state.setText(getTranslation("reserve.ballot.choose"));
                return;
            }
            try {
                state.setText(act.apply(session.getValue()));
            } catch (IllegalArgumentException | IllegalStateException refused) {
                state.setText(getTranslation("reserve.ballot.notNow"));
            }
        });
        button.setId(id);
        return button;
    }

    private void refreshSessions() {
        List<UUID> sessions = ballots.sessions(batch);
        session.setItems(sessions);
        session.setItemLabelGenerator(
                s -> getTranslation("reserve.ballot.sessionLabel", sessions.size() - sessions.indexOf(s)));
        if (!sessions.isEmpty()) {
            session.setValue(sessions.get(0));
        }
    }

    private void describe() {
        if (session.getValue() == null) {
            return;
        }
        state.setText(ballots.result(session.getValue())
                .map(this::summary)
                .orElse(getTranslation("reserve.ballot.notClosedYet")));
    }

    private String summary(BallotOutcome o) {
        return getTranslation(
                "reserve.ballot.result",
                o.expected(),
                o.cast(),
                o.valid(),
                o.persons().stream()
                        .map(p -> p.name() + " " + p.votes())
                        .collect(Collectors.joining(getTranslation("reserve.structure.separator"))));
    }
}
