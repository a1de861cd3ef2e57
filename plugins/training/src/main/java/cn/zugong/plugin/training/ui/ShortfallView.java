package cn.zugong.plugin.training.ui;

import cn.zugong.plugin.training.requirement.Assessment;
import cn.zugong.plugin.training.requirement.Pace;
import cn.zugong.plugin.training.requirement.PeriodStanding;
import cn.zugong.plugin.training.requirement.TenantStandings;
import cn.zugong.plugin.training.service.StandingService;
import cn.zugong.plugin.training.service.UnreadableRulesException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * {@code training/shortfall}: the county's cadres short of this year's requirement (DOMAIN V-T2,
 * V-T4) and of the five-year window's (V-T1), those falling behind (the pace rule, [I]; the
 * reminders' notices lead here), those for whom none can be worked out and why, and the short
 * lists as an Excel workbook (the platform's {@code Spreadsheets}).
 */
public class ShortfallView extends TrainingPage {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ShortfallView() {
        super("training-shortfall", "training.shortfall.title");
        if (county.isEmpty()) {
            return;
        }
        StandingService standings = new StandingService(context);
        LocalDate today = standings.today();
        TenantStandings found;
        List<Pace.Lagging> lagging;
        try {
            found = standings.standings(county.get(), today);
            lagging = standings.lagging(county.get(), found, today);
        } catch (UnreadableRulesException e) {
            showUnreadableRules(e);
            return;
        }
        Paragraph asOf = new Paragraph(getTranslation("training.shortfall.asOf", Texts.date(today)));
        asOf.setId("training-shortfall-as-of");
        byte[] workbook = context.spreadsheets()
                .write(
                        getTranslation("training.shortfall.sheet"),
                        ShortfallSheet.header(texts),
                        ShortfallSheet.rows(texts, found));
        String fileName = getTranslation("training.shortfall.file", Texts.date(today)) + ".xlsx";
        Anchor export = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName(fileName);
                    event.setContentType(XLSX);
                    event.getOutputStream().write(workbook);
                },
                getTranslation("training.shortfall.export"));
        export.setId("training-shortfall-export");
        add(asOf, export);
        add(new H3(
                getTranslation("training.shortfall.year", found.shortThisYear().size())));
        add(grid("training-shortfall-year", found.shortThisYear(), Assessment.Applicable::year));
        add(new H3(getTranslation(
                "training.shortfall.window", found.shortInWindow().size())));
        add(grid("training-shortfall-window", found.shortInWindow(), Assessment.Applicable::window));
        add(new H3(getTranslation(
                "training.shortfall.behind",
                lagging.stream()
                        .map(l -> l.assessment().cadre().id())
                        .distinct()
                        .count())));
        add(new Paragraph(getTranslation("training.shortfall.behindHint")));
        add(behind(lagging));
        add(new H3(getTranslation(
                "training.shortfall.notApplicable", found.notApplicable().size())));
        add(notApplicable(found.notApplicable()));
    }

    private Grid<Assessment.Applicable> grid(
            String id, List<Assessment.Applicable> rows, Function<Assessment.Applicable, PeriodStanding> period) {
        Grid<Assessment.Applicable> grid = new Grid<>();
        grid.setId(id);
        grid.addComponentColumn(a -> {
                    Anchor link = new Anchor(
                            TrainingViews.cadreLink(a.cadre().id()), a.cadre().name());
                    link.setId(id + "-cadre-" + a.cadre().id());
                    return link;
                })
                .setHeader(getTranslation("training.enrollment.cadre"))
                .setFlexGrow(2);
        grid.addColumn(a -> a.cadre().unitName().orElse("")).setHeader(getTranslation("training.shortfall.unit"));
        grid.addColumn(a -> getTranslation(a.tier().messageKey())).setHeader(getTranslation("training.shortfall.tier"));
        StandingColumns.add(grid, texts, period);
        grid.setItems(rows);
        StandingColumns.readable(grid);
        grid.setHeight("20em");
        return grid;
    }

    private Grid<Pace.Lagging> behind(List<Pace.Lagging> rows) {
        String id = "training-shortfall-behind";
        Grid<Pace.Lagging> grid = new Grid<>();
        grid.setId(id);
        grid.addComponentColumn(l -> {
                    Anchor link = new Anchor(
                            TrainingViews.cadreLink(l.assessment().cadre().id()),
                            l.assessment().cadre().name());
                    link.setId(id + "-cadre-" + l.assessment().cadre().id());
                    return link;
                })
                .setHeader(getTranslation("training.enrollment.cadre"))
                .setFlexGrow(2);
        grid.addColumn(l -> l.assessment().cadre().unitName().orElse(""))
                .setHeader(getTranslation("training.shortfall.unit"));
        grid.addColumn(l -> getTranslation(
                        l.behind().isYear() ? "training.shortfall.kind.year" : "training.shortfall.kind.window"))
                .setHeader(getTranslation("training.shortfall.kind"));
        grid.addColumn(l -> l.behind().percent() + "%").setHeader(getTranslation("training.shortfall.share"));
        grid.addColumn(l -> Texts.number(l.behind().expectedHours()))
                .setHeader(getTranslation("training.shortfall.expectedHours"));
        grid.addColumn(l -> Texts.number(l.behind().achievedHours()))
                .setHeader(getTranslation("training.standing.achievedHours"));
        grid.addColumn(l -> Texts.number(l.behind().expectedOnline()))
                .setHeader(getTranslation("training.shortfall.expectedOnline"));
        grid.addColumn(l -> Texts.number(l.behind().onlineHours()))
                .setHeader(getTranslation("training.standing.onlineHours"));
        grid.setItems(rows);
        StandingColumns.readable(grid);
        grid.setHeight("16em");
        return grid;
    }

    private Grid<Assessment.NotApplicable> notApplicable(List<Assessment.NotApplicable> rows) {
        Grid<Assessment.NotApplicable> grid = new Grid<>();
        grid.setId("training-shortfall-not-applicable");
        grid.addColumn(a -> a.cadre().name()).setHeader(getTranslation("training.enrollment.cadre"));
        grid.addColumn(a -> getTranslation(a.reasonKey(), a.reasonArgs().toArray()))
                .setHeader(getTranslation("training.shortfall.reason"))
                .setFlexGrow(3);
        grid.setItems(rows);
        StandingColumns.readable(grid);
        grid.setHeight("14em");
        return grid;
    }
}
