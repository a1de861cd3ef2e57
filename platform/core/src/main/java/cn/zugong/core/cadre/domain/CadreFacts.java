package cn.zugong.core.cadre.domain;

import cn.zugong.core.unit.PostLevel;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the approval form computes at a reference date (its jisuan nianling shijian): the age, the
 * time in the current post and the time at the current level. Periods are whole years and months.
 */
public final class CadreFacts {

    private CadreFacts() {}

    public static int age(LocalDate birth, LocalDate at) {
        return Period.between(birth, at).getYears();
    }

    /** Time in the current main post: since the start of the open main holding. */
    public static Optional<Period> inCurrentPost(List<PostHolding> holdings, LocalDate at) {
        return currentMain(holdings).map(h -> Period.between(h.getStartDate(), at));
    }

    /**
     * Time at the current level: since the earliest start of the unbroken run of holdings at the
     * current main post's level, or since {@code levelSince} when the file records it.
     */
    public static Optional<Period> atCurrentLevel(Cadre cadre, List<PostHolding> holdings, LocalDate at) {
        if (cadre.getLevelSince() != null) {
            return Optional.of(Period.between(cadre.getLevelSince(), at));
        }
        Optional<PostHolding> current = currentMain(holdings);
        if (current.isEmpty() || current.get().getPostLevel() == null) {
            return Optional.empty();
        }
        PostLevel level = current.get().getPostLevel();
        LocalDate since = current.get().getStartDate();
        List<PostHolding> mains = holdings.stream()
                .filter(PostHolding::isMainPost)
                .sorted(Comparator.comparing(PostHolding::getStartDate).reversed())
                .toList();
        for (PostHolding h : mains) {
            if (h.getPostLevel() != level) {
                break;
            }
            since = h.getStartDate();
        }
        return Optional.of(Period.between(since, at));
    }

    public static Optional<PostHolding> currentMain(List<PostHolding> holdings) {
        return holdings.stream()
                .filter(h -> h.isMainPost() && h.getEndDate() == null)
                .max(Comparator.comparing(PostHolding::getStartDate));
    }
}
