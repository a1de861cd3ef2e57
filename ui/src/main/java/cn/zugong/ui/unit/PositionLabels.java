package cn.zugong.ui.unit;

import cn.zugong.core.unit.UnitPosition;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A unit's positions told apart: several "副局长" read "2. 副局长（王明）", "3. 副局长（空缺）": the
 * place in the unit's list and who holds it today, or vacant.
 */
public final class PositionLabels {

    private PositionLabels() {}

    /** The position's place in the unit's list, from 1. */
    public static int order(List<UnitPosition> positions, UnitPosition position) {
        return positions.indexOf(position) + 1;
    }

    /** Who holds the position today, or "vacant". */
    public static String holder(Component owner, Map<UUID, List<String>> holders, UnitPosition position) {
        List<String> names = holders.getOrDefault(position.getId(), List.of());
        return names.isEmpty()
                ? owner.getTranslation("position.vacant")
                : String.join(owner.getTranslation("list.separator"), names);
    }

    /** Order, title and holder, as a picker shows the position. */
    public static String choice(
            Component owner, List<UnitPosition> positions, Map<UUID, List<String>> holders, UnitPosition position) {
        return owner.getTranslation(
                "position.choice",
                String.valueOf(order(positions, position)),
                position.getTitle(),
                holder(owner, holders, position));
    }
}
