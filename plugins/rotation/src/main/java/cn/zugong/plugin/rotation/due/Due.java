package cn.zugong.plugin.rotation.due;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A cadre whom a rule makes due to move: the post concerned, since when it is held and the day the
 * rule applies from.
 *
 * @param cadreId the cadre
 * @param name the cadre's name
 * @param rule the rule
 * @param unitName the unit of the post concerned
 * @param title the post's title, or the level for a rule on levels
 * @param since the first day of the stretch the rule counts
 * @param dueOn the first day the rule applies
 */
public record Due(
        UUID cadreId, String name, DueRule rule, String unitName, String title, LocalDate since, LocalDate dueOn) {

    public Due {
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(dueOn, "dueOn");
    }

    /** Whether the rule applies on {@code day}: "≥ N years" includes the anniversary itself. */
    public boolean dueBy(LocalDate day) {
        return !dueOn.isAfter(day);
    }
}
