package cn.zugong.ui.oversight;

import cn.zugong.core.team.Team;
import cn.zugong.core.team.TeamMember;
import cn.zugong.core.team.TeamStructureService;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.cadre.CadreFileView;
import cn.zugong.ui.cadre.Labels;
import cn.zugong.ui.i18n.MessageArgs;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One team's members at the reference date (the supervisor's drill-down: reading it is audited by
 * the service), each name a link to the cadre's file, whose opening is audited as well.
 */
class TeamMembersPanel extends VerticalLayout {

    final Grid<TeamMember> grid = new Grid<>();
    private final H3 title = new H3();
    private final Paragraph problem = new Paragraph();
    private final TeamStructureService service;

    TeamMembersPanel(TeamStructureService service) {
        this.service = service;
        setId("team-members");
        setPadding(false);
        grid.setId("team-members-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(TeamMembersPanel::link)
                .setHeader(getTranslation("team.member.name"))
                .setKey("name")
                .setAutoWidth(true);
        grid.addColumn(TeamMember::title).setHeader(getTranslation("team.member.title"));
        grid.addColumn(m -> getTranslation(m.principal() ? "team.member.principal" : "team.member.deputy"))
                .setHeader(getTranslation("team.member.kind"));
        grid.addColumn(m -> Objects.toString(m.age(), "")).setHeader(getTranslation("team.member.age"));
        grid.addColumn(m -> m.gender() == null ? "" : getTranslation(Labels.key(m.gender())))
                .setHeader(getTranslation("team.member.gender"));
        grid.addColumn(m -> m.education() == null ? "" : getTranslation(Labels.key(m.education())))
                .setHeader(getTranslation("team.member.education"));
        grid.addColumn(m -> Objects.toString(m.expertise(), "")).setHeader(getTranslation("team.member.expertise"));
        grid.addColumn(m -> Objects.toString(m.since(), "")).setHeader(getTranslation("team.member.since"));
        problem.setVisible(false);
        add(title, problem, grid);
        clear();
    }

    void clear() {
        title.setText("");
        problem.setVisible(false);
        grid.setItems();
        setVisible(false);
    }

    void show(UUID unitId, LocalDate at) {
        setVisible(true);
        try {
            Team team = service.team(unitId, at == null ? LocalDate.now() : at);
            title.setText(getTranslation("team.members", team.unitName()));
            problem.setVisible(false);
            grid.setItems(team.members());
        } catch (ValidationException invalid) {
            problem.setText(MessageArgs.text(this, invalid.problems().getFirst()));
            problem.setVisible(true);
            grid.setItems();
        }
    }

    private static RouterLink link(TeamMember member) {
        RouterLink link = new RouterLink(
                member.name(),
                CadreFileView.class,
                new RouteParameters("cadreId", member.cadreId().toString()));
        link.setId("team-member-" + member.cadreId());
        return link;
    }
}
