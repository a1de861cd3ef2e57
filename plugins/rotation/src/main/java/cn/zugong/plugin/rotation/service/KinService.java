package cn.zugong.plugin.rotation.service;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.avoidance.KinPair;
import cn.zugong.plugin.rotation.avoidance.Kinship;
import cn.zugong.plugin.rotation.data.KinLinkRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Relatives among the county's cadres that an officer records, where the files do not show them (a
 * family member who is also a cadre, entered under another unit or name form). Both must be cadres
 * of the officer's county: an id of another county is refused as unknown.
 */
public final class KinService {

    private final PluginContext context;

    public KinService(PluginContext context) {
        this.context = context;
    }

    public List<Problem> record(TenantId county, UUID cadre, UUID relative, Kinship kinship) {
        Counties.requireWritable(context.tenancy(), county);
        Optional<CadreCareer> a =
                context.careers().of(cadre).filter(c -> c.tenant().equals(county));
        Optional<CadreCareer> b =
                context.careers().of(relative).filter(c -> c.tenant().equals(county));
        if (a.isEmpty() || b.isEmpty()) {
            return List.of(Problem.of(a.isEmpty() ? "cadre" : "relative", "rotation.kin.unknownCadre"));
        }
        if (cadre.equals(relative)) {
            return List.of(Problem.of("relative", "rotation.kin.self"));
        }
        boolean added = context.persistence().inTransaction(em -> new KinLinkRepository(em, county)
                .add(
                        new KinPair(cadre, relative, kinship, true),
                        context.clock().instant()));
        if (!added) {
            return List.of(
                    Problem.of("relative", "rotation.kin.already", b.get().name()));
        }
        context.audit()
                .record(
                        AuditedActions.KIN_RECORD,
                        AuditedActions.CADRE,
                        cadre.toString(),
                        a.get().name(),
                        Map.of(),
                        Map.of("relative", relative.toString(), "kinship", kinship.name()));
        return List.of();
    }
}
