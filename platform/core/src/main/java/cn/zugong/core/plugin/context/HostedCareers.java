package cn.zugong.core.plugin.context;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.CadreCareers;
import cn.zugong.api.career.CadreProfile;
import cn.zugong.api.career.PositionRef;
import cn.zugong.api.career.PostQuota;
import cn.zugong.api.career.Relative;
import cn.zugong.api.career.UnitRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** One plugin's view of the careers: the family only when it declared that access. */
final class HostedCareers implements CadreCareers {

    private final String pluginId;
    private final RegistryCareers registry;
    private final Runnable familyAccess;
    private final RegistryVacancies vacancies;

    HostedCareers(String pluginId, RegistryCareers registry, Runnable familyAccess, RegistryVacancies vacancies) {
        this.pluginId = pluginId;
        this.registry = registry;
        this.familyAccess = familyAccess;
        this.vacancies = vacancies;
    }

    @Override
    public Optional<CadreCareer> of(UUID cadreId) {
        return registry.of(cadreId);
    }

    @Override
    public List<CadreCareer> inOffice() {
        return registry.inOffice();
    }

    @Override
    public List<Relative> family(UUID cadreId) {
        familyAccess.run();
        return registry.family(pluginId, cadreId);
    }

    @Override
    public Map<UUID, List<Relative>> families() {
        familyAccess.run();
        return registry.families(pluginId);
    }

    @Override
    public Optional<CadreProfile> profile(UUID cadreId) {
        return registry.profile(cadreId);
    }

    @Override
    public Map<UUID, CadreProfile> profiles(Collection<UUID> cadreIds) {
        return registry.profiles(cadreIds);
    }

    @Override
    public List<PostQuota> quotas() {
        return registry.quotas();
    }

    @Override
    public List<UnitRef> units() {
        return registry.units();
    }

    @Override
    public List<PositionRef> vacancies() {
        return vacancies.vacancies();
    }
}
