package cn.zugong.api.selection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The selection cases of the request's county, read only: the post each case fills and its
 * candidates. A gate reads the post its candidate is proposed for, and the other open cases when a
 * rule weighs a batch of moves:
 *
 * {@snippet class=cn.zugong.api.snippets.CaseSnippets region=case-post :
 * Optional<CaseRef> selection = context.selectionCases().find(candidate.caseId());
 * Optional<UUID> unit = selection.flatMap(CaseRef::unitId);
 * long sameUnit = context.selectionCases().open().stream()
 *         .filter(other -> other.unitId().equals(unit))
 *         .count();
 * }
 *
 * @since 1.3.0
 */
public interface SelectionCases {

    /** One case of the county; empty when it does not exist or is not readable here. */
    Optional<CaseRef> find(UUID caseId);

    /** The county's cases under way (neither decided nor withdrawn), oldest first. */
    List<CaseRef> open();
}
