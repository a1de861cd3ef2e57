package cn.zugong.plugin.training.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.data.FollowUpEntry;
import cn.zugong.plugin.training.service.FollowUpService;
import cn.zugong.plugin.training.service.StandingService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The officers' reminders (DOMAIN T2, V-T5): promoted cadres whose make-up training is due soon or
 * overdue, as the daily job {@code training.reminders} last found them (the job also leaves each as
 * a notice in the portal's header). Cadres no longer in office are left out.
 */
class RemindersPanel extends VerticalLayout {

    RemindersPanel(PluginContext context, TenantId county, Texts texts) {
        setId("training-reminders");
        setPadding(false);
        Map<UUID, CadreRef> inOffice = new StandingService(context)
                .cadres(county).stream().collect(Collectors.toMap(CadreRef::id, Function.identity(), (a, b) -> a));
        List<FollowUpEntry> alerts = new FollowUpService(context)
                .alerts(county).stream()
                        .filter(f -> inOffice.containsKey(f.cadreId()))
                        .toList();
        LocalDate today = new StandingService(context).today();
        add(new H3(texts.of("training.reminders.title")));
        if (alerts.isEmpty()) {
            Paragraph none = new Paragraph(texts.of("training.reminders.none"));
            none.setId("training-reminders-none");
            add(none);
            return;
        }
        Grid<FollowUpEntry> grid = new Grid<>();
        grid.setId("training-reminders-grid");
        grid.addComponentColumn(f -> {
                    Anchor link = new Anchor(TrainingViews.cadreLink(f.cadreId()), Texts.name(inOffice, f.cadreId()));
                    link.setId("training-reminder-cadre-" + f.id());
                    return link;
                })
                .setHeader(texts.of("training.followUp.cadre"));
        grid.addColumn(f -> texts.of(f.status().messageKey())).setHeader(texts.of("training.followUp.status"));
        grid.addColumn(f -> Texts.date(f.followUp().appointedOn()))
                .setHeader(texts.of("training.followUp.appointedOn"));
        grid.addColumn(f -> Texts.date(f.followUp().deadline())).setHeader(texts.of("training.followUp.deadline"));
        grid.addColumn(f -> f.followUp().daysLeft(today)).setHeader(texts.of("training.followUp.daysLeft"));
        grid.addColumn(f -> Texts.number(f.hoursGap())).setHeader(texts.of("training.followUp.hoursGap"));
        grid.addColumn(f -> f.remindedOn().map(Texts::date).orElse(""))
                .setHeader(texts.of("training.followUp.remindedOn"));
        grid.setItems(alerts);
        grid.setAllRowsVisible(true);
        add(new Paragraph(texts.of("training.reminders.hint")), grid);
    }
}
