package cn.zugong.ui.oversight;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.team.StructureRules;
import cn.zugong.core.team.Team;
import cn.zugong.core.team.TeamMember;
import cn.zugong.core.team.TeamStructureService;
import cn.zugong.core.team.TeamsOverview;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.unit.UnitType;
import cn.zugong.ui.ChengduDirectory;
import cn.zugong.ui.PortalUi;
import cn.zugong.ui.cadre.CadreFileView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The team-structure page without a browser: a county's teams, a supervisor's counties, the drill-down. */
@ExtendWith(PortalUi.class)
class TeamStructureViewTest {

    private static final TenantId WENJIANG = ChengduDirectory.WENJIANG;
    private static final TenantId PIDU = ChengduDirectory.PIDU;
    private static final LocalDate AT = LocalDate.of(2026, 6, 30);

    private static final StructureRules SICHUAN = new StructureRules(
            Set.of(UnitType.GOVERNMENT, UnitType.TOWNSHIP),
            3,
            1,
            Set.of(UnitType.GOVERNMENT),
            40,
            1,
            30,
            34,
            50,
            2,
            0,
            MonthDay.of(12, 31));

    private final UUID cadre = UUID.randomUUID();
    private final Team wenjiang = new Team(
            WENJIANG.code(),
            UUID.randomUUID(),
            "温江区人民政府",
            UnitType.GOVERNMENT,
            1,
            2,
            AT,
            List.of(new TeamMember(
                    cadre, "张三", "区长", true, 50, Gender.MALE, EducationLevel.UNIVERSITY, "经济", AT.minusYears(3))));
    private final Team pidu =
            new Team(PIDU.code(), UUID.randomUUID(), "郫都区人民政府", UnitType.GOVERNMENT, 1, 2, AT, List.of());
    private final List<UUID> opened = new ArrayList<>();

    private final TeamStructureService service = new TeamStructureService() {
        @Override
        public TeamsOverview teams(LocalDate at) {
            List<String> counties = TenancyHolder.current().readable().stream()
                    .map(TenantId::code)
                    .toList();
            List<Team> teams = List.of(wenjiang, pidu).stream()
                    .filter(t -> counties.contains(t.tenantId()))
                    .toList();
            return new TeamsOverview(counties, teams, Map.of("51", SICHUAN));
        }

        @Override
        public Team team(UUID unitId, LocalDate at) {
            opened.add(unitId);
            return wenjiang;
        }
    };

    private final TenantDirectory directory = new ChengduDirectory();

    @BeforeEach
    void setUp() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        RouteConfiguration.forApplicationScope().setRoute("cadres/:cadreId", CadreFileView.class);
    }

    @AfterEach
    void tearDown() {
        CurrentUserHolder.clear();
        TenancyHolder.clear();
    }

    private TeamStructureView view(Tenancy tenancy, String role) {
        TenancyHolder.set(tenancy);
        CurrentUserHolder.set(new CurrentUser("user", "User", Set.of(role), Set.of()));
        TeamStructureView view = new TeamStructureView(service, directory);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void aCountyOfficerSeesTheirTeamsWithTheTargetsTheyMiss() {
        TeamStructureView view = view(Tenancy.writing(WENJIANG), CurrentUser.OFFICER);

        assertThat(view.counties.isVisible()).isFalse();
        assertThat(_size(view.teams.grid)).isEqualTo(1);
        List<String> row = _getFormattedRow(view.teams.grid, 0);
        assertThat(row.getFirst()).isEqualTo("温江区人民政府");
        assertThat(row.getLast()).isEqualTo("女干部、年轻干部、45岁以下比例、专业结构、职数空缺");
        assertThat(view.getElement().getTextRecursively()).doesNotContain("郫都区");
    }

    @Test
    void aSupervisorComparesTheCountiesAndDrillsDownToANamedCadre() {
        TeamStructureView view = view(Tenancy.reading(Set.of(WENJIANG, PIDU)), TenancyPolicy.SUPERVISOR);

        assertThat(view.counties.isVisible()).isTrue();
        assertThat(_size(view.counties)).isEqualTo(2);
        assertThat(_getFormattedRow(view.counties, 1).subList(0, 3)).containsExactly("郫都区", "1", "1");

        _clickItem(view.counties, 1);
        assertThat(_getFormattedRow(view.teams.grid, 0).getFirst()).isEqualTo("郫都区人民政府");

        _clickItem(view.counties, 0);
        _clickItem(view.teams.grid, 0);
        assertThat(opened).containsExactly(wenjiang.unitId());
        assertThat(view.members.isVisible()).isTrue();
        RouterLink name = (RouterLink) _getCellComponent(view.members.grid, 0, "name");
        assertThat(name.getText()).isEqualTo("张三");
        assertThat(name.getHref()).isEqualTo("cadres/" + cadre);
    }
}
