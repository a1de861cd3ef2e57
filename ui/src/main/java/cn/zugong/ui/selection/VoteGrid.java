package cn.zugong.ui.selection;

import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.Opinion;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The votes of a decision meeting: one row per member present, whose name is typed in ({@code
 * vote-member}, {@code vote-add-member}), one column per candidate voted on, and in each cell the
 * member's opinion, agree, disagree or defer ({@code vote-<row>-<column>}, a radio group in that
 * order). {@code vote-all-agree} fills the empty cells with "agree"; {@code vote-remove-<row>}
 * takes a member out. A cell left empty casts no vote.
 */
class VoteGrid extends VerticalLayout {

    /** A candidate voted on. */
    record Column(UUID cadreId, String name) implements Serializable {}

    final TextField member = new TextField();
    final Button addMember = new Button();
    final Button allAgree = new Button();
    private final List<Column> columns;
    private final Map<String, Map<UUID, Opinion>> opinions = new LinkedHashMap<>();
    private final Div table = new Div();

    VoteGrid(List<Column> columns) {
        this.columns = List.copyOf(columns);
        setPadding(false);
        setId("meeting-votes");
        member.setId("vote-member");
        member.setLabel(getTranslation("selection.vote.member"));
        member.setMaxLength(100);
        member.addKeyPressListener(Key.ENTER, press -> addMember(member.getValue()));
        addMember.setText(getTranslation("selection.vote.addMember"));
        addMember.setIcon(VaadinIcon.PLUS.create());
        addMember.setId("vote-add-member");
        addMember.addClickListener(click -> addMember(member.getValue()));
        allAgree.setText(getTranslation("selection.vote.allAgree"));
        allAgree.setId("vote-all-agree");
        allAgree.addClickListener(click -> fillEmpty(Opinion.AGREE));
        HorizontalLayout entry = new HorizontalLayout(member, addMember, allAgree);
        entry.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        table.setId("vote-table");
        table.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "minmax(6em, auto) repeat(" + columns.size() + ", auto) min-content")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("align-items", "center");
        add(entry, table);
        render();
    }

    /** Adds a member's row; a blank or repeated name is refused on the name field. */
    boolean addMember(String name) {
        String text = name == null ? "" : name.strip();
        member.setInvalid(false);
        if (text.isEmpty() || opinions.containsKey(text)) {
            member.setErrorMessage(
                    getTranslation(text.isEmpty() ? "selection.vote.memberRequired" : "selection.vote.memberTwice"));
            member.setInvalid(true);
            return false;
        }
        opinions.put(text, new LinkedHashMap<>());
        member.clear();
        render();
        member.focus();
        return true;
    }

    void removeMember(String name) {
        opinions.remove(name);
        render();
    }

    void set(String name, UUID cadreId, Opinion opinion) {
        Map<UUID, Opinion> row = opinions.get(name);
        if (opinion == null) {
            row.remove(cadreId);
        } else {
            row.put(cadreId, opinion);
        }
    }

    void fillEmpty(Opinion opinion) {
        opinions.values().forEach(row -> columns.forEach(c -> row.putIfAbsent(c.cadreId(), opinion)));
        render();
    }

    List<String> members() {
        return List.copyOf(opinions.keySet());
    }

    /** Every opinion given, member by member. */
    List<MeetingRecord.Vote> votes() {
        List<MeetingRecord.Vote> votes = new ArrayList<>();
        opinions.forEach((name, row) -> columns.forEach(c -> {
            Opinion opinion = row.get(c.cadreId());
            if (opinion != null) {
                votes.add(new MeetingRecord.Vote(c.cadreId(), name, opinion));
            }
        }));
        return votes;
    }

    /** The cell of a member and a candidate, by row and column number. */
    @SuppressWarnings("unchecked")
    RadioButtonGroup<Opinion> cell(int row, int column) {
        return (RadioButtonGroup<Opinion>) table.getChildren()
                .filter(c -> c.getId().orElse("").equals("vote-" + row + "-" + column))
                .findFirst()
                .orElseThrow();
    }

    private void render() {
        table.removeAll();
        table.add(header(getTranslation("selection.vote.memberColumn")));
        columns.forEach(c -> table.add(header(c.name())));
        table.add(new Span());
        int r = 0;
        for (Map.Entry<String, Map<UUID, Opinion>> entry : opinions.entrySet()) {
            String name = entry.getKey();
            Span label = new Span(name);
            label.addClassName("vote-member-name");
            table.add(label);
            for (int c = 0; c < columns.size(); c++) {
                table.add(cell(name, entry.getValue(), columns.get(c).cadreId(), "vote-" + r + "-" + c));
            }
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> removeMember(name));
            remove.setId("vote-remove-" + r);
            remove.setAriaLabel(getTranslation("selection.vote.removeMember", name));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            table.add(remove);
            r++;
        }
    }

    private Component cell(String name, Map<UUID, Opinion> row, UUID cadreId, String id) {
        RadioButtonGroup<Opinion> group = new RadioButtonGroup<>();
        group.setId(id);
        group.setItems(Opinion.values());
        group.setItemLabelGenerator(o -> SelectionLabels.of(this, "opinion", o));
        group.setValue(row.get(cadreId));
        group.addValueChangeListener(change -> set(name, cadreId, change.getValue()));
        return group;
    }

    private static Span header(String text) {
        Span span = new Span(text);
        span.getStyle().set("font-weight", "600");
        return span;
    }
}
