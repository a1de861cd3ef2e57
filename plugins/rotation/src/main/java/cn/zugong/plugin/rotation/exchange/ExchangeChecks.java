package cn.zugong.plugin.rotation.exchange;

import cn.zugong.plugin.rotation.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What an exchange case needs to enter a state (DOMAIN §2.5, the prefecture's procedure): both units
 * consulted before the decision; the talk recorded; the handover and the report for duty dated, the
 * report not before the handover; every relation transferred; and, to close, the new post in the
 * registry. A cancelled or closed case moves no more.
 */
public final class ExchangeChecks {

    private ExchangeChecks() {}

    /** The problems keeping a case at {@code from} from entering {@code to}; empty when it may. */
    public static List<Problem> enter(ExchangeStatus from, ExchangeStatus to, ExchangeFile file) {
        List<Problem> problems = new ArrayList<>();
        if (!from.open()) {
            problems.add(Problem.of("status", "rotation.exchange.error.ended"));
            return problems;
        }
        if (to == ExchangeStatus.CANCELLED) {
            return problems;
        }
        if (from.forward().filter(to::equals).isEmpty()) {
            problems.add(Problem.of("status", "rotation.exchange.error.order"));
            return problems;
        }
        text(problems, file.sendingOpinion(), "sendingOpinion");
        text(problems, file.receivingOpinion(), "receivingOpinion");
        text(problems, file.talkRecord(), "talkRecord");
        switch (to) {
            case UNITS_CONSULTED -> {
                need(problems, !file.sendingOpinion().isEmpty(), "sendingOpinion");
                need(problems, !file.receivingOpinion().isEmpty(), "receivingOpinion");
            }
            case TALKED -> {
                need(problems, !file.talkRecord().isEmpty(), "talkRecord");
                need(problems, file.talkedOn().isPresent(), "talkedOn");
            }
            case HANDED_OVER -> need(problems, file.handedOverOn().isPresent(), "handedOverOn");
            case REPORTED -> {
                need(problems, file.reportedOn().isPresent(), "reportedOn");
                if (file.reportedOn().isPresent()
                        && file.handedOverOn().isPresent()
                        && file.reportedOn().get().isBefore(file.handedOverOn().get())) {
                    problems.add(Problem.of("reportedOn", "rotation.exchange.error.reportBeforeHandover"));
                }
            }
            case RELATIONS_TRANSFERRED -> need(problems, file.relationsTransferred(), "relations");
            case CLOSED -> {
                if (file.appointedOn().isEmpty()) {
                    problems.add(Problem.of("appointedOn", "rotation.exchange.error.notInRegistry"));
                }
            }
            default -> {}
        }
        return problems;
    }

    private static void need(List<Problem> problems, boolean present, String field) {
        if (!present) {
            problems.add(Problem.of(field, "rotation.exchange.error.required." + field));
        }
    }

    private static void text(List<Problem> problems, String text, String field) {
        if (text.length() > ExchangeFile.MAX_TEXT) {
            problems.add(Problem.of(field, "rotation.exchange.error.tooLong", ExchangeFile.MAX_TEXT));
        }
    }
}
