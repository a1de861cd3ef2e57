package cn.zugong.plugin.reserve.testing;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.career.AssessmentResult;
import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.CadreProfile;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.PostQuota;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.ReserveRules;
import cn.zugong.plugin.reserve.data.ReserveEntities;
import cn.zugong.plugin.reserve.service.AuditedActions;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The testkit's in-memory context for this plugin: its entities on H2 with its migrations, its rule
 * packs, and an audit trail that fails on an action {@link AuditedActions} does not list.
 */
public final class ReserveContext {

    private ReserveContext() {}

    /** The context of a county's officer on {@code today}. */
    public static InMemoryPluginContext create(TenantId county, LocalDate today) {
        InMemoryPluginContext context = InMemoryPluginContext.builder("reserve")
                .entities(new ReserveEntities().entityClasses())
                .rulePacks(new ReserveRules().rulePacks())
                .county(county)
                .today(today)
                .build();
        context.audit().onlyListed(AuditedActions.ACTIONS, AuditedActions.SUBJECT_TYPES);
        return context;
    }

    /** A cadre of {@code county} born on {@code birthDate}, a 副科 (TOWNSHIP_DEPUTY) since {@code since}. */
    public static CadreRef deputy(
            InMemoryPluginContext platform, TenantId county, String name, LocalDate birthDate, LocalDate since) {
        CadreRef cadre =
                platform.cadre(CadreFixtures.bornOn(CadreFixtures.cadre(county, name, "TOWNSHIP_DEPUTY"), birthDate));
        platform.careers()
                .put(new CadreCareer(
                        cadre.id(),
                        county,
                        name,
                        Optional.empty(),
                        List.of(new Holding(
                                UUID.randomUUID(),
                                Optional.empty(),
                                Optional.empty(),
                                "寿安镇",
                                "副镇长",
                                Optional.of("TOWNSHIP_DEPUTY"),
                                false,
                                false,
                                true,
                                since,
                                Optional.empty(),
                                Optional.empty()))));
        file(platform, cadre, "MALE", "CPC_MEMBER", "UNIVERSITY");
        return cadre;
    }

    /**
     * Sets the registry's file of a cadre (item 1: what nomination and the structure read instead
     * of typed facts), with the given assessment grades.
     */
    public static CadreProfile file(
            InMemoryPluginContext platform,
            CadreRef cadre,
            String gender,
            String politicalStatus,
            String education,
            AssessmentResult... grades) {
        return platform.careers()
                .profile(new CadreProfile(
                        cadre.id(),
                        cadre.tenant(),
                        Optional.of(gender),
                        Optional.of("汉族"),
                        Optional.of(politicalStatus),
                        Optional.of(education),
                        Optional.of(education),
                        cadre.birthDate(),
                        List.of(grades)));
    }

    /** A unit of {@code county} with {@code approved} posts at {@code level} (职数 of the registry). */
    public static PostQuota posts(InMemoryPluginContext platform, TenantId county, String level, int approved) {
        return platform.careers()
                .quota(new PostQuota(
                        county, UUID.randomUUID(), "寿安镇" + level, level, level.endsWith("PRINCIPAL"), approved, 0));
    }
}
