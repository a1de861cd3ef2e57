package cn.zugong.ui.oversight;

import cn.zugong.core.team.StructureRules;
import cn.zugong.core.team.Team;
import cn.zugong.core.team.TeamFinding;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** A county's teams, one row each with the figures their targets are measured by and what they miss. */
class TeamsGrid extends VerticalLayout {

    final Grid<Team> grid = new Grid<>();
    private final H3 title = new H3();
    private StructureRules rules;

    TeamsGrid(Function<String, String> countyName, Consumer<Team> open) {
        setPadding(false);
        grid.setId("teams-grid");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Team::unitName)
                .setHeader(getTranslation("team.column.unit"))
                .setKey("unit")
                .setSortable(true)
                .setComparator(Team::unitName)
                .setWidth("14em")
                .setFlexGrow(2);
        grid.addColumn(t -> getTranslation("unit.type." + t.unitType().name()))
                .setHeader(getTranslation("unit.field.type"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.principalPosts() + t.deputyPosts())
                .setHeader(getTranslation("team.column.approved"))
                .setKey("approved");
        number("team.column.members", "members", Team::size);
        number("team.column.vacancies", "vacancies", Team::vacancies);
        number("team.column.under45", "under45", Team::under45);
        number("team.column.from45To55", "from45To55", Team::from45To55);
        number("team.column.over55", "over55", Team::over55);
        number("team.column.women", "women", Team::women);
        number("team.column.university", "university", Team::university);
        number("team.column.expertise", "expertise", Team::expertise);
        number("team.column.yearsTogether", "yearsTogether", Team::yearsTogether);
        grid.addColumn(this::averageAge)
                .setHeader(getTranslation("team.column.averageAge"))
                .setKey("averageAge");
        grid.addColumn(this::missed)
                .setHeader(getTranslation("team.column.missed"))
                .setKey("missed")
                .setFlexGrow(2);
        grid.setPartNameGenerator(t -> rules != null && !t.missed(rules).isEmpty() ? "team-missing" : null);
        grid.addItemClickListener(click -> open.accept(click.getItem()));
        add(title, grid);
    }

    private void number(String header, String key, ToLongFunction<Team> value) {
        grid.addColumn(t -> value.applyAsLong(t))
                .setHeader(getTranslation(header))
                .setKey(key)
                .setSortable(true)
                .setComparator(t -> value.applyAsLong(t));
    }

    void show(String county, StructureRules rules, List<Team> teams) {
        this.rules = rules;
        title.setText(county == null ? "" : getTranslation("team.county", county));
        grid.setItems(teams);
    }

    /** The targets a team misses, in words; empty when it meets them all. */
    String missed(Team team) {
        if (rules == null) {
            return "";
        }
        return team.missed(rules).stream()
                .map(TeamFinding::target)
                .map(t -> getTranslation("team.target." + t.name()))
                .collect(Collectors.joining(getTranslation("list.separator")));
    }

    private String averageAge(Team team) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return team.averageAge().isPresent() ? format.format(team.averageAge().getAsDouble()) : "";
    }
}
