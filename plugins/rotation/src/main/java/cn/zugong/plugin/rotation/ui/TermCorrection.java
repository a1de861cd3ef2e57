package cn.zugong.plugin.rotation.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.view.Widgets;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.service.TermService;
import cn.zugong.plugin.rotation.term.EarlyExit;
import cn.zugong.plugin.rotation.term.TermRecord;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The correction of one post's terms where the registry's history is incomplete (DOMAIN §2.4
 * {@code TermRecord}): the officer picks the post, enters its terms (start, end, why it ended
 * early) and saves them all at once; numbered in date order, checked whole, nothing saved when a
 * row is wrong. Saving no row goes back to the terms derived from the registry.
 */
final class TermCorrection extends VerticalLayout {

    private final TermService terms;
    private final TenantId county;
    private final UUID cadre;
    private final Runnable saved;
    private final ComboBox<TermRecord> post = new ComboBox<>();
    private final VerticalLayout rows = new VerticalLayout();
    private final List<Row> entries = new ArrayList<>();
    private final Paragraph problems = new Paragraph();

    private record Row(HorizontalLayout layout, DatePicker start, DatePicker end, ComboBox<EarlyExit> exit) {}

    TermCorrection(TermService terms, TenantId county, UUID cadre, List<TermRecord> records, Runnable saved) {
        this.terms = terms;
        this.county = county;
        this.cadre = cadre;
        this.saved = saved;
        setId("rotation-term-correction");
        setPadding(false);
        Map<String, TermRecord> posts = new LinkedHashMap<>();
        records.forEach(r -> posts.putIfAbsent(r.postKey(), r));
        post.setId("rotation-term-post");
        post.setLabel(getTranslation("rotation.terms.correct.post"));
        post.setItems(List.copyOf(posts.values()));
        post.setItemLabelGenerator(r -> r.unitName() + " " + r.title());
        post.addValueChangeListener(e -> load(records));
        Button add = new Button(getTranslation("rotation.terms.correct.add"), e -> addRow(null));
        add.setId("rotation-term-add");
        Button save = new Button(getTranslation("rotation.terms.correct.save"), e -> save());
        save.setId("rotation-term-save");
        problems.setId("rotation-term-problems");
        add(
                new H3(getTranslation("rotation.terms.correct.title")),
                post,
                rows,
                new HorizontalLayout(add, save),
                problems);
    }

    /** The post's current terms as rows to change. */
    private void load(List<TermRecord> records) {
        rows.removeAll();
        entries.clear();
        Optional.ofNullable(post.getValue()).ifPresent(p -> records.stream()
                .filter(r -> r.postKey().equals(p.postKey()))
                .forEach(this::addRow));
    }

    private void addRow(TermRecord record) {
        DatePicker start = Widgets.datePicker(getTranslation("rotation.terms.start"));
        DatePicker end = Widgets.datePicker(getTranslation("rotation.terms.end"));
        ComboBox<EarlyExit> exit = new ComboBox<>(getTranslation("rotation.terms.earlyExit"), EarlyExit.values());
        exit.setItemLabelGenerator(e -> getTranslation(e.messageKey()));
        int index = entries.size() + 1;
        start.setId("rotation-term-start-" + index);
        end.setId("rotation-term-end-" + index);
        exit.setId("rotation-term-exit-" + index);
        if (record != null) {
            start.setValue(record.start());
            end.setValue(record.end().orElse(null));
            exit.setValue(record.earlyExit().orElse(null));
        }
        HorizontalLayout layout = new HorizontalLayout(start, end, exit);
        Row row = new Row(layout, start, end, exit);
        Button remove = new Button(getTranslation("rotation.terms.correct.remove"), e -> {
            entries.remove(row);
            rows.remove(layout);
        });
        layout.add(remove);
        entries.add(row);
        rows.add(layout);
    }

    private void save() {
        TermRecord chosen = post.getValue();
        if (chosen == null) {
            problems.setText(getTranslation("rotation.terms.correct.choosePost"));
            return;
        }
        if (entries.stream().anyMatch(r -> r.start().getValue() == null)) {
            problems.setText(getTranslation("rotation.terms.correct.startRequired"));
            return;
        }
        List<Row> sorted = entries.stream()
                .sorted(Comparator.comparing((Row r) -> r.start().getValue()))
                .toList();
        List<TermRecord> records = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Row r = sorted.get(i);
            LocalDate start = r.start().getValue();
            records.add(new TermRecord(
                    cadre,
                    chosen.postKey(),
                    chosen.unitName(),
                    chosen.title(),
                    i + 1,
                    start,
                    Optional.ofNullable(r.end().getValue()),
                    Optional.ofNullable(r.exit().getValue()),
                    true));
        }
        List<Problem> found = terms.correct(county, cadre, chosen.postKey(), records);
        if (found.isEmpty()) {
            problems.setText(getTranslation("rotation.terms.correct.saved"));
            saved.run();
        } else {
            problems.setText(found.stream()
                    .map(p -> getTranslation(p.key(), p.args().toArray()))
                    .collect(Collectors.joining(" ")));
        }
    }
}
