package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.Assessment;
import cn.zugong.core.cadre.CadreFile;
import cn.zugong.core.cadre.CadreStatusChange;
import cn.zugong.core.cadre.FamilyMember;
import cn.zugong.core.cadre.PostHolding;
import cn.zugong.core.cadre.RewardPunishment;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The tabs of a cadre file that list its parts; sensitive tabs say so when the user may not see them. */
final class CadreParts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    private final Component owner;
    private final CadreFile file;

    CadreParts(Component owner, CadreFile file) {
        this.owner = owner;
        this.file = file;
    }

    Component holdings() {
        Grid<PostHolding> grid = grid("cadre-holdings");
        column(grid, h -> h.getUnitName(), "cadre.holding.unit").setFlexGrow(3);
        column(grid, PostHolding::getTitle, "cadre.holding.title");
        column(grid, h -> Labels.of(owner, h.getPostLevel()), "cadre.field.postLevel");
        column(grid, h -> month(h.getStartDate()), "cadre.holding.start");
        column(grid, h -> month(h.getEndDate()), "cadre.holding.end");
        column(grid, h -> Labels.of(owner, h.getMethod()), "cadre.holding.method");
        column(grid, PostHolding::getDocumentNo, "cadre.holding.documentNo");
        grid.setItems(file.holdings());
        return grid;
    }

    Component family() {
        if (!file.sensitive()) {
            return hidden();
        }
        Grid<FamilyMember> grid = grid("cadre-family");
        column(grid, FamilyMember::getRelation, "cadre.family.relation");
        column(grid, m -> Labels.of(owner, m.getKinshipClass()), "cadre.family.kinship");
        column(grid, FamilyMember::getName, "cadre.family.name");
        column(grid, FamilyMember::getBirth, "cadre.family.birth");
        column(grid, FamilyMember::getPoliticalStatus, "cadre.family.politicalStatus");
        column(grid, FamilyMember::getWorkUnitAndPost, "cadre.family.workUnitAndPost")
                .setFlexGrow(3);
        grid.setItems(file.family());
        return grid;
    }

    Component assessments() {
        Grid<Assessment> grid = grid("cadre-assessments");
        column(grid, a -> String.valueOf(a.getYear()), "cadre.assessment.year");
        column(grid, a -> Labels.of(owner, a.getGrade()), "cadre.assessment.grade");
        column(grid, Assessment::getNote, "cadre.assessment.note");
        grid.setItems(file.assessments());
        return grid;
    }

    Component rewards() {
        Grid<RewardPunishment> grid = grid("cadre-rewards");
        column(grid, r -> Labels.of(owner, r.getKind()), "cadre.reward.kind");
        column(grid, r -> r.getDecidedOn().toString(), "cadre.reward.date");
        column(grid, RewardPunishment::getTitle, "cadre.reward.title").setFlexGrow(3);
        column(grid, RewardPunishment::getDocumentNo, "cadre.reward.documentNo");
        grid.setItems(file.rewardsAndPunishments());
        return file.sensitive() ? grid : new com.vaadin.flow.component.orderedlayout.VerticalLayout(hidden(), grid);
    }

    Component statusChanges() {
        Grid<CadreStatusChange> grid = grid("cadre-status-changes");
        column(grid, s -> Labels.of(owner, s.getStatus()), "cadre.field.status");
        column(grid, s -> s.getEffectiveDate().toString(), "cadre.status.date");
        column(grid, CadreStatusChange::getNote, "cadre.status.note").setFlexGrow(3);
        grid.setItems(file.statusChanges());
        return grid;
    }

    Component resume() {
        TextArea resume = new TextArea(owner.getTranslation("cadre.field.resume"));
        resume.setId("cadre-resume");
        resume.setWidthFull();
        resume.setValue(file.cadre().getResume() == null ? "" : file.cadre().getResume());
        resume.setReadOnly(true);
        return resume;
    }

    private Paragraph hidden() {
        Paragraph hidden = new Paragraph(owner.getTranslation("cadre.sensitive.hidden"));
        hidden.addClassName("cadre-sensitive-hidden");
        return hidden;
    }

    private <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private <T> Grid.Column<T> column(
            Grid<T> grid, com.vaadin.flow.function.ValueProvider<T, String> value, String header) {
        return grid.addColumn(row -> {
                    String text = value.apply(row);
                    return text == null ? "" : text;
                })
                .setHeader(owner.getTranslation(header))
                .setAutoWidth(true);
    }

    private static String month(LocalDate date) {
        return date == null ? "" : date.format(MONTH);
    }
}
