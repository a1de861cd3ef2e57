package cn.zugong.rest;

import cn.zugong.core.i18n.PortalMessages;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.validation.Problem;
import jakarta.enterprise.inject.spi.CDI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Puts problems into words from the portal's message bundles: Chinese by default, English when
 * the caller's {@code Accept-Language} prefers it.
 */
public final class ProblemTexts {

    private final BiFunction<String, Locale, String> translate;

    public ProblemTexts(BiFunction<String, Locale, String> translate) {
        this.translate = translate;
    }

    /** Texts from the portal's bundles (and the plugins' when running in the server). */
    public static ProblemTexts portal() {
        return new ProblemTexts((key, locale) -> Messages.PORTAL.translate(key, locale));
    }

    /**
     * The portal's texts with the server's plugin host, looked up when the first problem is worded:
     * the API's problems are also written by a servlet filter's response, which CDI does not make.
     * None outside the server (unit tests run without a container).
     */
    private static final class Messages {

        static final PortalMessages PORTAL = new PortalMessages(pluginHost());

        private static Optional<PluginHost> pluginHost() {
            try {
                return Optional.of(CDI.current().select(PluginHost.class).get());
            } catch (IllegalStateException noContainer) {
                return Optional.empty();
            }
        }
    }

    public ProblemDetail render(ApiProblem problem, Locale locale, String instance) {
        ProblemKind kind = problem.kind();
        List<ProblemDetail.FieldError> errors =
                problem.fields().stream().map(p -> fieldError(p, locale)).toList();
        return new ProblemDetail(
                kind.type(),
                translate.apply(kind.titleKey(), locale),
                kind.status(),
                translate.apply(problem.detailKey(), locale),
                instance,
                errors);
    }

    /** One problem with its code and its words in {@code locale}. */
    public ProblemDetail.FieldError fieldError(Problem problem, Locale locale) {
        return new ProblemDetail.FieldError(
                problem.field(),
                problem.messageKey(),
                MessageFormat.format(translate.apply(problem.messageKey(), locale), problem.messageArgs()));
    }

    /**
     * The language to answer in: the first of the caller's acceptable languages that the portal
     * speaks, else Chinese.
     */
    public static Locale language(List<Locale> acceptable) {
        for (Locale locale : acceptable == null ? List.<Locale>of() : acceptable) {
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(locale.getLanguage())) {
                return PortalMessages.CHINESE;
            }
        }
        return PortalMessages.CHINESE;
    }
}
