package cn.zugong.core.post;

import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a position must meet before it is saved. Pure logic: each problem names the field and
 * a message key. The level must fit the unit's rank: the rank itself for a principal post,
 * {@code rank.deputy()} for a deputy post (the same level when the rank is a deputy one).
 */
public final class PositionValidator {

    public static final int MAX_TITLE = 100;

    private PositionValidator() {}

    /**
     * @param unitRank the unit's (effective) rank, a principal level
     */
    public static List<Problem> validate(UnitPosition position, PostLevel unitRank) {
        List<Problem> problems = new ArrayList<>();
        String title = position.getTitle();
        if (title == null || title.isBlank()) {
            problems.add(new Problem("title", "position.error.title.required"));
        } else if (title.length() > MAX_TITLE) {
            problems.add(new Problem("title", "position.error.title.length"));
        }
        PostLevel level = position.getPostLevel();
        if (level == null) {
            problems.add(new Problem("postLevel", "position.error.level.required"));
        } else if (level != levelOf(unitRank, position.isPrincipal())) {
            problems.add(new Problem("postLevel", "position.error.level.rank"));
        }
        if (position.isKeyPost() && !position.isPrincipal()) {
            problems.add(new Problem("keyPost", "position.error.keyPost.principal"));
        }
        if (position.getSelection() == null) {
            problems.add(new Problem("selection", "position.error.selection.required"));
        }
        return problems;
    }

    /** The level of a unit's principal or deputy posts, {@code null} when the unit has no rank. */
    public static PostLevel levelOf(PostLevel unitRank, boolean principal) {
        if (unitRank == null) {
            return null;
        }
        return principal ? unitRank : unitRank.deputy();
    }
}
