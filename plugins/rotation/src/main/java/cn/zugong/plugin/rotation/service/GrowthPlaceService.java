package cn.zugong.plugin.rotation.service;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.data.GrowthPlaceRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Staff confirm a cadre's growth place (成长地) as the file shows it (DOMAIN §2.6: not on the national
 * form, so derived and confirmed by staff). Only a confirmed place blocks a post under V-E1; a place
 * changed since counts as unconfirmed again.
 */
public final class GrowthPlaceService {

    private final PluginContext context;
    private final CountyFacts facts;

    public GrowthPlaceService(PluginContext context) {
        this.context = context;
        this.facts = new CountyFacts(context);
    }

    /** Whether the cadre's growth place is confirmed as it reads now. */
    public boolean confirmed(TenantId county, CadreCareer career) {
        return career.growthPlace()
                .filter(place -> place.equals(facts.confirmedPlaces(county).get(career.cadreId())))
                .isPresent();
    }

    public List<Problem> confirm(TenantId county, UUID cadreId) {
        Counties.requireWritable(context.tenancy(), county);
        Optional<CadreCareer> career =
                context.careers().of(cadreId).filter(c -> c.tenant().equals(county));
        if (career.isEmpty()) {
            return List.of(Problem.of("cadre", "rotation.term.unknownCadre"));
        }
        if (career.get().growthPlace().isEmpty()) {
            return List.of(Problem.of("growthPlace", "rotation.growth.none"));
        }
        String place = career.get().growthPlace().get();
        context.persistence().run(em -> new GrowthPlaceRepository(em, county)
                .confirm(cadreId, place, new RuleSource(context).today()));
        context.audit()
                .record(
                        AuditedActions.GROWTH_CONFIRM,
                        AuditedActions.CADRE,
                        cadreId.toString(),
                        career.get().name(),
                        Map.of(),
                        Map.of("growthPlace", place));
        return List.of();
    }
}
