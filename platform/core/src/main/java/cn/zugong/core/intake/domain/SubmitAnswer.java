package cn.zugong.core.intake.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the page tells a sender after a submission: the receipt code, or why it was refused.
 *
 * @param receipt the receipt code, formatted, when the submission was kept (now or before)
 * @param repeated whether it had been kept before (same submission key)
 * @param refusal the message key of the refusal, when refused
 * @param args the message's arguments
 * @param status the HTTP status of the answer
 */
public record SubmitAnswer(Optional<String> receipt, boolean repeated, String refusal, List<Object> args, int status) {

    public static SubmitAnswer kept(String receipt, boolean repeated) {
        return new SubmitAnswer(Optional.of(receipt), repeated, null, List.of(), 200);
    }

    public static SubmitAnswer refused(int status, String key, Object... args) {
        return new SubmitAnswer(Optional.empty(), false, key, List.of(args), status);
    }

    public boolean accepted() {
        return receipt.isPresent();
    }
}
