package cn.zugong.core.selection.domain;

import cn.zugong.core.post.UnitQuota;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One item of a decision meeting's agenda: a case at the decision step with what the committee is
 * shown before it votes (DOMAIN.md 5.5: the recommendation, the inspection, the reasons and the
 * gates), the candidates side by side and the unit's approved posts before and after.
 *
 * @param post the unit and title of the post, or null (a removal or retirement)
 * @param names the names of the cadres the case refers to, by id
 * @param votedOn the cadres the committee votes on, in order
 * @param quotaBefore the unit's posts now, when the case fills a post
 * @param quotaAfter the unit's posts once the first candidate voted on is appointed
 */
public record AgendaItem(
        CaseFile file,
        String post,
        Map<UUID, String> names,
        List<UUID> votedOn,
        List<CandidateProfile> candidates,
        Optional<UnitQuota> quotaBefore,
        Optional<UnitQuota> quotaAfter) {

    public AgendaItem {
        names = Map.copyOf(names);
        votedOn = List.copyOf(votedOn);
        candidates = List.copyOf(candidates);
    }

    public SelectionCase selectionCase() {
        return file.selectionCase();
    }

    /** The candidate's name, or the id when the registry has none. */
    public String name(UUID cadreId) {
        return names.getOrDefault(cadreId, String.valueOf(cadreId));
    }
}
