package cn.zugong.core.selection.eligibility;

import static cn.zugong.core.selection.eligibility.EligibilityFinding.of;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The consultation of a dual-managed cadre's co-manager before the decision (shuangchong guanli,
 * DOMAIN.md 5.5, 5.8): the main manager asks the co-manager in writing; no reply within {@value
 * EligibilityParameters#DUAL_REPLY_MONTHS} month is consent. On disagreement a deputy post is
 * decided by the main manager (a warning to acknowledge), a principal post goes to the upper
 * organization department, whose agreement must be recorded before the decision.
 */
public final class DualManagement {

    /** The co-manager's answer. */
    public enum Reply {
        AGREED,
        DISAGREED,
        /** After a disagreement on a principal post, the upper organization department agreed. */
        UPPER_AGREED
    }

    private DualManagement() {}

    /**
     * The finding on the day of the decision; empty when the case names no co-manager (not a
     * dual-managed cadre).
     */
    public static Optional<EligibilityFinding> check(
            EligibilityParameters rules,
            String coManager,
            LocalDate consultedOn,
            Reply reply,
            boolean principalPost,
            LocalDate decisionOn) {
        if (coManager == null) {
            return Optional.empty();
        }
        EligibilityRule rule = EligibilityRule.DUAL_MANAGEMENT;
        if (consultedOn == null) {
            return Optional.of(of(rule, Outcome.FAIL, "not-consulted", coManager));
        }
        if (reply == null) {
            LocalDate deemed = consultedOn.plusMonths(rules.dualReplyMonths());
            return Optional.of(
                    decisionOn.isBefore(deemed)
                            ? of(rule, Outcome.FAIL, "waiting", coManager, consultedOn.toString(), deemed.toString())
                            : of(rule, Outcome.PASS, "deemed", coManager, consultedOn.toString()));
        }
        return Optional.of(
                switch (reply) {
                    case AGREED -> of(rule, Outcome.PASS, "agreed", coManager);
                    case UPPER_AGREED -> of(rule, Outcome.PASS, "upper-agreed", coManager);
                    case DISAGREED ->
                        principalPost
                                ? of(rule, Outcome.FAIL, "disagreed-principal", coManager)
                                : of(rule, Outcome.WARNING, "disagreed-deputy", coManager);
                });
    }
}
