package cn.zugong.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.audit.ChainVerdict;
import cn.zugong.core.audit.ChainVerdict.BrokenLink;
import cn.zugong.core.audit.ChainVerdict.Problem;
import cn.zugong.ui.i18n.PortalI18NProvider;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the auditor reads after a verification, in Chinese and English. */
class VerdictTextTest {

    private static final PortalI18NProvider I18N = new PortalI18NProvider();
    private static final UUID EVENT = UUID.fromString("3f2a1c00-0000-4000-8000-000000000005");

    private static String text(ChainVerdict verdict, Locale locale) {
        return VerdictText.of(verdict, (key, params) -> I18N.getTranslation(key, locale, params));
    }

    @Test
    void anIntactChainSaysHowManyEventsWereVerified() {
        assertThat(text(ChainVerdict.intact("510115", 42), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("哈希链完整，已核验 42 条记录。");
        assertThat(text(ChainVerdict.intact("510115", 42), Locale.ENGLISH))
                .isEqualTo("Chain intact: 42 events verified.");
    }

    @Test
    void anEditedEventIsNamedByNumberAndId() {
        ChainVerdict verdict = ChainVerdict.broken("510115", 4, new BrokenLink(1005, EVENT, Problem.HASH_MISMATCH));

        assertThat(text(verdict, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("哈希链在第 1005 号记录处断裂（事件 " + EVENT + "）：该记录的内容与其哈希值不符，记录已被篡改。");
        assertThat(text(verdict, Locale.ENGLISH)).contains("number 1005", EVENT.toString(), "it was edited");
    }

    @Test
    void deletedNewestEventsAreExplainedWithoutAnEventId() {
        ChainVerdict verdict = ChainVerdict.broken("510115", 7, new BrokenLink(8, null, Problem.TAIL_MISSING));

        assertThat(text(verdict, Locale.ENGLISH))
                .isEqualTo("Chain broken at number 8 (event none): The newest events the portal wrote are missing:"
                        + " they were deleted.");
    }

    @Test
    void everyProblemHasAnExplanationInBothLanguages() {
        for (Problem problem : Problem.values()) {
            for (Locale locale : PortalI18NProvider.LOCALES) {
                assertThat(I18N.getTranslation("audit.verify.problem." + problem.name(), locale))
                        .doesNotStartWith("!");
            }
        }
    }
}
