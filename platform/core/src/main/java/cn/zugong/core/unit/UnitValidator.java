package cn.zugong.core.unit;

import cn.zugong.core.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rules a unit must meet before it is saved. Pure logic: the caller supplies how to look up a
 * unit's parent and whether a sibling already has the name. Each problem is a message key.
 */
public final class UnitValidator {

    public static final int MAX_NAME = 100;
    public static final int MAX_POSTS = 99;

    private UnitValidator() {}

    public static List<Problem> validate(
            OrgUnit unit, Function<UUID, Optional<UUID>> parentOf, boolean nameTakenUnderParent) {
        List<Problem> problems = new ArrayList<>();
        String name = unit.getName();
        if (name == null || name.isBlank()) {
            problems.add(new Problem("name", "unit.error.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new Problem("name", "unit.error.name.length"));
        } else if (nameTakenUnderParent) {
            problems.add(new Problem("name", "unit.error.name.taken"));
        }
        if (unit.getType() == null) {
            problems.add(new Problem("type", "unit.error.type.required"));
        }
        if (outOfRange(unit.getPrincipalPosts())) {
            problems.add(new Problem("principalPosts", "unit.error.posts.range"));
        }
        if (outOfRange(unit.getDeputyPosts())) {
            problems.add(new Problem("deputyPosts", "unit.error.posts.range"));
        }
        if (formsCycle(unit, parentOf)) {
            problems.add(new Problem("parent", "unit.error.parent.cycle"));
        }
        return problems;
    }

    private static boolean outOfRange(int posts) {
        return posts < 0 || posts > MAX_POSTS;
    }

    private static boolean formsCycle(OrgUnit unit, Function<UUID, Optional<UUID>> parentOf) {
        UUID current = unit.getParentId();
        for (int depth = 0; current != null; depth++) {
            if (current.equals(unit.getId()) || depth > 1000) {
                return true;
            }
            current = parentOf.apply(current).orElse(null);
        }
        return false;
    }
}
