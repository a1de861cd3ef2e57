package cn.zugong.rest.admin;

import cn.zugong.core.tenant.Tenant;
import java.time.Instant;
import java.util.Locale;

/** A tenant (or a node of the tenant tree) as the platform API shows it. */
public record TenantDto(
        String code,
        String parentCode,
        String path,
        String nameZh,
        String nameEn,
        String status,
        boolean onboarded,
        Instant statusChangedAt,
        Instant exportedAt,
        String exportSha256,
        String purgeRequestedBy,
        Instant purgeRequestedAt) {

    static TenantDto of(Tenant t) {
        return new TenantDto(
                t.id().code(),
                t.parentCode(),
                t.path(),
                t.name(Locale.CHINESE),
                t.name(Locale.ENGLISH),
                t.status().name(),
                t.onboarded(),
                t.statusChangedAt(),
                t.exportedAt().orElse(null),
                t.exportSha256(),
                t.purgeRequestedBy().orElse(null),
                t.purgeRequestedAt().orElse(null));
    }
}
