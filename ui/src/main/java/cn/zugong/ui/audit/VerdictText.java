package cn.zugong.ui.audit;

import cn.zugong.core.audit.ChainVerdict;
import cn.zugong.core.audit.ChainVerdict.BrokenLink;

/** A chain verdict in the user's language: intact with the count, or the first broken link and what is wrong. */
final class VerdictText {

    /** Looks a message up with its parameters (a component's {@code getTranslation}). */
    interface Translator {
        String translate(String key, Object... params);
    }

    private VerdictText() {}

    static String of(ChainVerdict verdict, Translator t) {
        if (verdict.ok()) {
            return t.translate("audit.verify.ok", verdict.checked());
        }
        BrokenLink link = verdict.broken().orElseThrow();
        return t.translate(
                "audit.verify.broken",
                Long.toString(link.seq()),
                link.eventId() == null
                        ? t.translate("audit.verify.noEvent")
                        : link.eventId().toString(),
                t.translate("audit.verify.problem." + link.problem().name()));
    }
}
