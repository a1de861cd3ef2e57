package cn.zugong.core.division;

import cn.zugong.api.tenant.TenantId;
import java.util.Locale;
import java.util.Optional;

/**
 * One administrative division of GB/T 2260.
 *
 * @param code the six-digit code, such as {@code 510118}
 * @param parentCode the code of the division above it, empty for a province
 * @param level province, city or county
 * @param nameZh the official name, such as 新津区
 * @param nameEn its pinyin with the kind of division in English, such as {@code Xinjin District}
 */
public record Division(String code, Optional<String> parentCode, DivisionLevel level, String nameZh, String nameEn) {

    public TenantId tenantId() {
        return new TenantId(code);
    }

    /** The code as Keycloak group names carry it: {@code 51}, {@code 5101} or {@code 510118}. */
    public String shortCode() {
        return switch (level) {
            case PROVINCE -> code.substring(0, 2);
            case CITY -> code.substring(0, 4);
            case COUNTY -> code;
        };
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
