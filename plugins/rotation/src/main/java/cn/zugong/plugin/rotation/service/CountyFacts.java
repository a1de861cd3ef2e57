package cn.zugong.plugin.rotation.service;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.UnitRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.avoidance.KinMatcher;
import cn.zugong.plugin.rotation.avoidance.KinPair;
import cn.zugong.plugin.rotation.career.Organs;
import cn.zugong.plugin.rotation.data.GrowthPlaceRepository;
import cn.zugong.plugin.rotation.data.KinLinkRepository;
import cn.zugong.plugin.rotation.data.TermRepository;
import cn.zugong.plugin.rotation.term.TermRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the rules read of one county, read once per list or scan: the careers of its cadres in
 * office, its units as organs and the officers' term corrections; the relatives among its cadres
 * (families are sensitive: read, and audited by the platform, only when avoidance needs them).
 */
final class CountyFacts {

    private final PluginContext context;

    CountyFacts(PluginContext context) {
        this.context = context;
    }

    record Careers(List<CadreCareer> inOffice, Organs organs, Map<UUID, List<TermRecord>> corrections) {}

    Careers careers(TenantId county) {
        List<UnitRef> units = context.careers().units();
        Map<UUID, List<TermRecord>> corrections =
                context.persistence().inTransaction(em -> new TermRepository(em, county).all());
        return new Careers(context.careers().inOffice(), new Organs(units), corrections);
    }

    /** The growth places staff confirmed, by cadre. */
    Map<UUID, String> confirmedPlaces(TenantId county) {
        return context.persistence().inTransaction(em -> new GrowthPlaceRepository(em, county).all());
    }

    /** The relatives among the county's cadres in office: found on their files or recorded. */
    List<KinPair> relatives(TenantId county, Careers careers, LocalDate today) {
        List<KinPair> recorded = context.persistence().inTransaction(em -> new KinLinkRepository(em, county).all());
        return KinMatcher.pairs(careers.inOffice(), context.careers().families(), recorded, careers.organs(), today);
    }
}
