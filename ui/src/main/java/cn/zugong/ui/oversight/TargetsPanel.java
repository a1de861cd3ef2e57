package cn.zugong.ui.oversight;

import cn.zugong.core.team.StructureRules;
import cn.zugong.core.team.TeamTarget;
import cn.zugong.core.unit.UnitType;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * The targets in force (the structure rule packs' values), each with its source and how sure
 * that source is ([V], [P] or [I], DOMAIN.md 9.B), and which teams are measured.
 */
class TargetsPanel extends Details {

    private final Div content = new Div();

    TargetsPanel() {
        setId("team-targets");
        setSummaryText(getTranslation("team.targets"));
        // Open: what a team is measured against is read before the figures.
        setOpened(true);
        add(content);
    }

    void show(StructureRules rules) {
        content.removeAll();
        if (rules == null) {
            return;
        }
        content.add(line(
                "team-target-scope",
                getTranslation("team.scope", types(rules.teamUnitTypes()), rules.teamMinPosts()),
                "I",
                getTranslation("team.scope.source")));
        for (TeamTarget target : TeamTarget.values()) {
            content.add(line(
                    "team-target-" + target.name(),
                    getTranslation("team.target." + target.name()) + ": " + rule(target, rules),
                    target.tag,
                    getTranslation("team.target." + target.name() + ".source")));
        }
    }

    private String rule(TeamTarget target, StructureRules rules) {
        String key = "team.target." + target.name() + ".rule";
        return switch (target) {
            case WOMEN -> getTranslation(key, rules.womenMin(), types(rules.womenUnitTypes()));
            case YOUNGER -> getTranslation(key, rules.youngerMin(), rules.youngerMaxAge());
            case UNDER_45 -> getTranslation(key, rules.under45MinPercent());
            case OVER_55 -> getTranslation(key, rules.over55MaxPercent());
            case UNIVERSITY -> getTranslation(key, rules.universityMinPercent());
            case EXPERTISE -> getTranslation(key, rules.expertiseMin());
            case VACANCIES -> getTranslation(key, rules.vacanciesMax());
        };
    }

    private String types(Collection<UnitType> types) {
        return types.stream()
                .sorted()
                .map(t -> getTranslation("unit.type." + t.name()))
                .collect(Collectors.joining(getTranslation("list.separator")));
    }

    private Div line(String id, String text, String tag, String source) {
        Span mark = new Span("[" + tag + "]");
        mark.getElement().getThemeList().add("badge" + ("V".equals(tag) ? " success" : " contrast"));
        Span words = new Span(" " + text + " ");
        Span from = new Span(getTranslation("team.source", source));
        from.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div line = new Div(mark, words, from);
        line.setId(id);
        return line;
    }
}
