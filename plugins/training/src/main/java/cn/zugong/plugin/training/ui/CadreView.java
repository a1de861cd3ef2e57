package cn.zugong.plugin.training.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.data.EnrollmentEntry;
import cn.zugong.plugin.training.data.FollowUpEntry;
import cn.zugong.plugin.training.data.RecordEntry;
import cn.zugong.plugin.training.requirement.Assessment;
import cn.zugong.plugin.training.service.EnrollmentService;
import cn.zugong.plugin.training.service.FollowUpService;
import cn.zugong.plugin.training.service.StandingService;
import cn.zugong.plugin.training.service.UnreadableRulesException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code training/cadre?cadre=<id>}: one cadre's training record, the cadre chosen among the
 * county's cadres in office: where the cadre stands this year and in the window (DOMAIN T1, T3,
 * T5), the credited records, the enrollments and any T2 follow-up. The gate's evidence links here.
 */
public class CadreView extends TrainingPage implements BeforeEnterObserver {

    private final StandingService standings = new StandingService(context);
    private final ComboBox<CadreRef> choose = new ComboBox<>();
    private final VerticalLayout record = new VerticalLayout();

    public CadreView() {
        super("training-cadre", "training.cadre.title");
        if (county.isEmpty()) {
            return;
        }
        choose.setId("training-cadre-select");
        choose.setLabel(getTranslation("training.cadre.choose"));
        choose.setItems(standings.cadres(county.get()));
        choose.setItemLabelGenerator(Texts::label);
        choose.setWidth("32em");
        choose.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        TrainingViews.CADRE,
                        QueryParameters.of("cadre", e.getValue().id().toString())));
            } else {
                show(e.getValue());
            }
        });
        record.setId("training-cadre-record");
        record.setPadding(false);
        add(choose, record);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (county.isEmpty()) {
            return;
        }
        Optional<CadreRef> asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("cadre")
                .flatMap(CadreView::uuid)
                .flatMap(id -> choose.getListDataView()
                        .getItems()
                        .filter(c -> c.id().equals(id))
                        .findFirst());
        if (asked.isPresent() && !asked.get().equals(choose.getValue())) {
            choose.setValue(asked.get());
        } else if (asked.isPresent()) {
            show(asked.get());
        }
    }

    private void show(CadreRef cadre) {
        record.removeAll();
        if (cadre == null) {
            return;
        }
        TenantId here = county.orElseThrow();
        try {
            Assessment assessment = standings.assess(here, cadre, standings.today());
            record.add(new StandingSummary(texts, assessment));
        } catch (UnreadableRulesException e) {
            showUnreadableRules(e);
        }
        record.add(new H3(getTranslation("training.cadre.records")), records(standings.records(here, cadre.id())));
        record.add(
                new H3(getTranslation("training.cadre.enrollments")),
                enrollments(new EnrollmentService(context).ofCadre(here, cadre.id())));
        List<FollowUpEntry> followUps = new FollowUpService(context).ofCadre(here, cadre.id());
        if (!followUps.isEmpty()) {
            record.add(new H3(getTranslation("training.cadre.followUps")), followUps(followUps));
        }
    }

    private Component records(List<RecordEntry> entries) {
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("training.cadre.noRecords"));
            none.setId("training-cadre-no-records");
            return none;
        }
        Grid<RecordEntry> grid = new Grid<>();
        grid.setId("training-cadre-records");
        grid.addColumn(r -> Texts.date(r.record().completedOn())).setHeader(getTranslation("training.record.date"));
        grid.addColumn(r -> r.record().courseName())
                .setHeader(getTranslation("training.course.name"))
                .setFlexGrow(3);
        grid.addColumn(r -> getTranslation(r.record().mode().messageKey()))
                .setHeader(getTranslation("training.course.mode"));
        grid.addColumn(r -> getTranslation(r.source().messageKey()))
                .setHeader(getTranslation("training.record.source"));
        grid.addColumn(r -> Texts.number(r.record().hours())).setHeader(getTranslation("training.course.hours"));
        grid.addColumn(r -> r.record().days()).setHeader(getTranslation("training.course.days"));
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<EnrollmentEntry> enrollments(List<EnrollmentEntry> entries) {
        Grid<EnrollmentEntry> grid = new Grid<>();
        grid.setId("training-cadre-enrollments");
        grid.addColumn(e -> e.course().course().name())
                .setHeader(getTranslation("training.course.name"))
                .setFlexGrow(3);
        grid.addColumn(e -> Texts.date(e.course().course().startDate()) + " ~ "
                        + Texts.date(e.course().course().endDate()))
                .setHeader(getTranslation("training.course.dates"));
        grid.addColumn(e -> getTranslation(e.enrollment().status().messageKey()))
                .setHeader(getTranslation("training.enrollment.status"));
        grid.addColumn(e -> Texts.number(e.enrollment().leaveHours()))
                .setHeader(getTranslation("training.enrollment.leaveHours"));
        grid.addColumn(e -> Texts.number(e.enrollment().creditedHours()))
                .setHeader(getTranslation("training.enrollment.creditedHours"));
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<FollowUpEntry> followUps(List<FollowUpEntry> entries) {
        Grid<FollowUpEntry> grid = new Grid<>();
        grid.setId("training-cadre-followups");
        grid.addColumn(f -> Texts.date(f.followUp().appointedOn()))
                .setHeader(getTranslation("training.followUp.appointedOn"));
        grid.addColumn(f -> Texts.date(f.followUp().deadline()))
                .setHeader(getTranslation("training.followUp.deadline"));
        grid.addColumn(f -> getTranslation(f.status().messageKey()))
                .setHeader(getTranslation("training.followUp.status"));
        grid.addColumn(f -> Texts.number(f.hoursGap())).setHeader(getTranslation("training.followUp.hoursGap"));
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
