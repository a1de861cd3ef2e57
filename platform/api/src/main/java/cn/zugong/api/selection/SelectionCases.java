package cn.zugong.api.selection;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The selection cases of the request's county: the post each case fills and its candidates, and,
 * for a plugin that declares {@code selection.open} in its {@code Plugin-Data-Access}, the opening of
 * an exchange case ({@link #openExchange}). A gate reads the post its candidate is proposed for, and the other open cases when a
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

    /**
     * Opens a selection case of an exchange (交流) in the request's writable county at initiation
     * (动议): an appointment of the cadre to the position, marked with the exchange's type and reason,
     * recorded in the case's journal under the current user. The initiation gates run as for any case;
     * the later steps are the officers' in the selection module.
     *
     * {@snippet class=cn.zugong.api.snippets.CaseSnippets region=open-exchange :
     * CaseRef opened = context.selectionCases().openExchange(new ExchangeRequest(
     *         cadreId, positionId, ExchangeType.REASSIGNMENT, 3, "2027 exchange plan"));
     * UUID caseId = opened.id();
     * }
     *
     * @return the case opened
     * @throws SecurityException when the plugin did not declare {@code selection.open}, or the
     *     current user may not write the county
     * @throws IllegalArgumentException when the cadre or the position is not one of the county's; the
     *     message is the platform's message key
     * @since 1.3.0
     */
    default CaseRef openExchange(ExchangeRequest request) {
        throw new UnsupportedOperationException("openExchange: SDK 1.3.0");
    }
}
