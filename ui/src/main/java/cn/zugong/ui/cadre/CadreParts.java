package cn.zugong.ui.cadre;

import cn.zugong.core.cadre.application.CadrePartsService;
import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.CadreFile;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.cadre.domain.RewardPunishment;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The tabs of a cadre file that list its parts; sensitive tabs say so when the user may not see
 * them. Writers get add, edit and delete controls ({@link PartActions}); read-only users get none.
 */
final class CadreParts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    private final Component owner;
    private final CadreFile file;
    private final boolean writable;
    private final SerializableRunnable refresh;
    private final CadreFileServices services;

    CadreParts(
            Component owner,
            CadreFileServices services,
            CadreFile file,
            boolean writable,
            SerializableRunnable refresh) {
        this.owner = owner;
        this.services = services;
        this.file = file;
        this.writable = writable;
        this.refresh = refresh;
    }

    private UUID cadreId() {
        return file.cadre().getId();
    }

    private CadrePartsService service() {
        return services.parts();
    }

    private <T> Component editable(Grid<T> grid, PartEditor<T> editor) {
        return writable ? PartActions.around(grid, editor) : grid;
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
        return editable(
                grid,
                new PartEditor<>(
                        "holding",
                        () -> {
                            PostHolding blank = new PostHolding();
                            blank.setMainPost(true);
                            return blank;
                        },
                        () -> new HoldingForm(services.units(), file.holdings()),
                        h -> service().saveHolding(cadreId(), h),
                        h -> service().removeHolding(cadreId(), h.getId()),
                        refresh));
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
        return editable(
                grid,
                new PartEditor<>(
                        "family",
                        () -> {
                            FamilyMember blank = new FamilyMember();
                            blank.setSortOrder(file.family().size());
                            return blank;
                        },
                        FamilyForm::new,
                        m -> service().saveFamilyMember(cadreId(), m),
                        m -> service().removeFamilyMember(cadreId(), m.getId()),
                        refresh));
    }

    Component assessments() {
        Grid<Assessment> grid = grid("cadre-assessments");
        column(grid, a -> String.valueOf(a.getYear()), "cadre.assessment.year");
        column(grid, a -> Labels.of(owner, a.getGrade()), "cadre.assessment.grade");
        column(grid, Assessment::getNote, "cadre.assessment.note");
        grid.setItems(file.assessments());
        return editable(
                grid,
                new PartEditor<>(
                        "assessment",
                        () -> {
                            Assessment blank = new Assessment();
                            blank.setYear(LocalDate.now().getYear() - 1);
                            return blank;
                        },
                        () -> new AssessmentForm(file.assessments()),
                        a -> service().saveAssessment(cadreId(), a),
                        a -> service().removeAssessment(cadreId(), a.getId()),
                        refresh));
    }

    Component rewards() {
        Grid<RewardPunishment> grid = grid("cadre-rewards");
        column(grid, r -> Labels.of(owner, r.getKind()), "cadre.reward.kind");
        column(grid, r -> r.getDecidedOn().toString(), "cadre.reward.date");
        column(grid, RewardPunishment::getTitle, "cadre.reward.title").setFlexGrow(3);
        column(grid, RewardPunishment::getDocumentNo, "cadre.reward.documentNo");
        column(grid, RewardPunishment::getIssuer, "cadre.reward.issuer");
        grid.setItems(file.rewardsAndPunishments());
        Component tab = editable(
                grid,
                new PartEditor<>(
                        "reward",
                        RewardPunishment::new,
                        () -> new RewardForm(file.sensitive()),
                        r -> service().saveReward(cadreId(), r),
                        r -> service().removeReward(cadreId(), r.getId()),
                        refresh));
        return file.sensitive() ? tab : new VerticalLayout(hidden(), tab);
    }

    Component statusChanges() {
        return new StatusTab(services.status(), file, writable, refresh);
    }

    Component resume() {
        return new ResumeTab(services.parts(), file.cadre(), writable, refresh);
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
