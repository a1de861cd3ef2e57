package cn.zugong.ui.oversight;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.team.TeamStructureService;
import cn.zugong.core.team.TeamTarget;
import cn.zugong.core.team.TeamsOverview;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.i18n.MessageArgs;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Leadership-team structure (banzi jiegou) at a reference date: the targets in force with their
 * sources, for a supervisor the counties side by side (measured teams, teams missing a target, per
 * target), and a county's teams with their figures; a team opens its members, each a link to the
 * cadre's file (a supervisor's opening of either is audited).
 */
@Access(OversightAccess.class)
@MenuEntry(label = "nav.teams", icon = VaadinIcon.GROUP, order = 42)
@Route(value = "teams", layout = MainLayout.class)
public class TeamStructureView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker at = new DatePicker();
    final Checkbox missingOnly = new Checkbox();
    final Grid<String> counties = new Grid<>();
    final TeamsGrid teams;
    final TeamMembersPanel members;
    private final TargetsPanel targets = new TargetsPanel();
    private final Paragraph problem = new Paragraph();
    private final TeamStructureService service;
    private final TenantDirectory directory;
    private TeamsOverview overview;
    private String county;

    @Inject
    TeamStructureView(TeamStructureService service, TenantDirectory directory) {
        this.service = service;
        this.directory = directory;
        this.members = new TeamMembersPanel(service);
        this.teams = new TeamsGrid(this::countyName, team -> members.show(team.unitId(), at.getValue()));
        setWidthFull();
        at.setId("teams-at");
        at.setLabel(getTranslation("team.at"));
        at.setValue(LocalDate.now());
        at.addValueChangeListener(change -> refresh());
        missingOnly.setId("teams-missing-only");
        missingOnly.setLabel(getTranslation("team.missingOnly"));
        missingOnly.addValueChangeListener(change -> showCounty());
        problem.setId("teams-problem");
        problem.setVisible(false);
        HorizontalLayout toolbar = new HorizontalLayout(at, missingOnly);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureCounties();
        add(new H2(getTranslation("team.title")), new Paragraph(getTranslation("team.rule")), toolbar, problem);
        add(targets, counties, teams, members);
        refresh();
    }

    private void configureCounties() {
        counties.setId("teams-counties");
        counties.setAllRowsVisible(true);
        counties.addColumn(this::countyName)
                .setHeader(getTranslation("dashboard.column.tenant"))
                .setComparator(Comparator.naturalOrder())
                .setAutoWidth(true);
        counties.addColumn(c -> overview.measured(c).size())
                .setHeader(getTranslation("team.column.measured"))
                .setKey("measured")
                .setComparator(c -> overview.measured(c).size());
        counties.addColumn(c -> overview.missing(c).size())
                .setHeader(getTranslation("team.column.missing"))
                .setKey("missing")
                .setComparator(c -> overview.missing(c).size());
        for (TeamTarget target : TeamTarget.values()) {
            counties.addColumn(c -> overview.missing(c, target))
                    .setHeader(getTranslation("team.target." + target.name()))
                    .setKey(target.name())
                    .setComparator(c -> overview.missing(c, target));
        }
        counties.addItemClickListener(click -> {
            county = click.getItem();
            showCounty();
        });
    }

    void refresh() {
        members.clear();
        problem.setVisible(false);
        LocalDate date = at.getValue() == null ? LocalDate.now() : at.getValue();
        try {
            overview = service.teams(date);
        } catch (ValidationException invalid) {
            problem.setText(MessageArgs.text(this, invalid.problems().getFirst()));
            problem.setVisible(true);
            return;
        }
        if (county == null || !overview.counties().contains(county)) {
            county = overview.counties().isEmpty() ? null : overview.counties().getFirst();
        }
        targets.show(
                overview.counties().isEmpty()
                        ? null
                        : overview.rulesOf(overview.counties().getFirst()));
        counties.setItems(overview.counties());
        counties.setVisible(overview.counties().size() > 1);
        showCounty();
    }

    /** Selects a county's teams (a supervisor's drill-down from the county row). */
    void selectCounty(String code) {
        county = code;
        showCounty();
    }

    private void showCounty() {
        if (overview == null || county == null) {
            teams.show(null, null, List.of());
            return;
        }
        teams.show(
                countyName(county),
                overview.rulesOf(county),
                missingOnly.getValue() ? overview.missing(county) : overview.measured(county));
    }

    String countyName(String code) {
        return directory.find(new TenantId(code)).map(t -> t.name(getLocale())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title");
    }
}
