package cn.zugong.rest.admin;

import cn.zugong.core.i18n.PortalMessages;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.util.List;
import java.util.Locale;

/** The language of a new user's sign-in mail as the API takes it: {@code zh-CN} (default) or {@code en}. */
final class MailLanguage {

    private MailLanguage() {}

    static Locale parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return PortalMessages.CHINESE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh_cn" -> PortalMessages.CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new ValidationException(List.of(new Problem(field, "user.error.language")));
        };
    }
}
