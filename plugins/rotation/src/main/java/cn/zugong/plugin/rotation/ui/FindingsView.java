package cn.zugong.plugin.rotation.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.avoidance.FindingStatus;
import cn.zugong.plugin.rotation.data.Finding;
import cn.zugong.plugin.rotation.service.AvoidanceService;
import cn.zugong.plugin.rotation.service.UnreadableRulesException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code rotation/findings}: the county's open avoidance findings (issue item 2) with the rule each
 * breaks; an officer scans the county now (the daily job does too) and moves a finding through its
 * state machine (DOMAIN §2.5) with a note where the move needs one, and records two cadres as
 * relatives where the files do not show it ({@link KinLinkForm}).
 */
public class FindingsView extends RotationPage {

    private final AvoidanceService avoidance = new AvoidanceService(context);
    private final Grid<Finding> grid = new Grid<>();
    private final Paragraph outcome = new Paragraph();
    private final ComboBox<FindingStatus> next = new ComboBox<>();
    private final TextArea note = new TextArea();
    private Map<UUID, String> names = Map.of();

    public FindingsView() {
        super("rotation-findings", "rotation.findings.title");
        if (county.isEmpty()) {
            return;
        }
        outcome.setId("rotation-findings-outcome");
        if (writable) {
            Button scan = new Button(getTranslation("rotation.findings.scan"), e -> scan());
            scan.setId("rotation-findings-scan");
            add(scan);
        }
        add(outcome, grid());
        if (writable) {
            add(actions(), new KinLinkForm(context, county.get()));
        }
        refresh();
    }

    private Grid<Finding> grid() {
        grid.setId("rotation-findings-grid");
        grid.addColumn(f -> name(f.cadreId())).setHeader(getTranslation("rotation.findings.cadre"));
        grid.addColumn(f -> f.relativeId().map(this::name).orElse(""))
                .setHeader(getTranslation("rotation.findings.relative"));
        grid.addColumn(f -> f.kinship().map(k -> getTranslation(k.messageKey())).orElse(""))
                .setHeader(getTranslation("rotation.findings.kinship"));
        grid.addColumn(f ->
                        getTranslation(f.kind().messageKey()) + " (" + f.kind().reference() + ")")
                .setHeader(getTranslation("rotation.findings.kind"))
                .setFlexGrow(3);
        grid.addColumn(Finding::organName).setHeader(getTranslation("rotation.findings.organ"));
        grid.addColumn(f -> f.detectedOn().toString()).setHeader(getTranslation("rotation.findings.detected"));
        grid.addColumn(f -> getTranslation(f.status().messageKey()))
                .setHeader(getTranslation("rotation.findings.status"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            next.setItems(
                    e.getValue() == null
                            ? List.of()
                            : List.copyOf(e.getValue().status().next()));
            next.clear();
        });
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout actions() {
        next.setId("rotation-finding-next");
        next.setLabel(getTranslation("rotation.findings.next"));
        next.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        note.setId("rotation-finding-note");
        note.setLabel(getTranslation("rotation.findings.note"));
        note.setMaxLength(500);
        Button apply = new Button(getTranslation("rotation.findings.apply"), e -> move());
        apply.setId("rotation-finding-apply");
        return new HorizontalLayout(next, note, apply);
    }

    private void scan() {
        try {
            AvoidanceService.Scan scan = avoidance.scan(county.orElseThrow());
            outcome.setText(getTranslation(
                    "rotation.findings.scanned", scan.conflicts(), scan.raised().size()));
        } catch (UnreadableRulesException e) {
            showUnreadableRules(e);
        }
        refresh();
    }

    private void move() {
        Finding selected = grid.asSingleSelect().getValue();
        if (selected == null || next.getValue() == null) {
            outcome.setText(getTranslation("rotation.findings.chooseFirst"));
            return;
        }
        List<Problem> problems = avoidance.move(county.orElseThrow(), selected.id(), next.getValue(), note.getValue());
        if (problems.isEmpty()) {
            outcome.setText(getTranslation(
                    "rotation.findings.moved", getTranslation(next.getValue().messageKey())));
            note.clear();
            refresh();
        } else {
            outcome.setText(problems.stream().map(this::text).collect(Collectors.joining(" ")));
        }
    }

    private void refresh() {
        names = context.cadres().active().stream().collect(Collectors.toMap(CadreRef::id, CadreRef::name, (a, b) -> a));
        List<Finding> open = avoidance.open(county.orElseThrow());
        grid.setItems(open);
        if (outcome.getText().isEmpty()) {
            outcome.setText(getTranslation("rotation.findings.count", open.size()));
        }
    }

    private String name(UUID id) {
        return names.getOrDefault(id, getTranslation("rotation.findings.leftOffice"));
    }
}
