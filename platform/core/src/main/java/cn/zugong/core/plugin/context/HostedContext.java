package cn.zugong.core.plugin.context;

import cn.zugong.api.ballot.Ballots;
import cn.zugong.api.cadre.CadreDirectory;
import cn.zugong.api.cadre.CadreFilter;
import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.cadre.CadreSort;
import cn.zugong.api.calendar.WorkingCalendar;
import cn.zugong.api.career.CadreCareers;
import cn.zugong.api.fact.CadreFacts;
import cn.zugong.api.io.Spreadsheets;
import cn.zugong.api.notice.Notices;
import cn.zugong.api.plugin.PluginAudit;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.plugin.PluginPersistence;
import cn.zugong.api.publish.Publications;
import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePacks;
import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.ExchangeRequest;
import cn.zugong.api.selection.SelectionCases;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.transfer.CadreTransfers;
import cn.zugong.core.calendar.WorkingDays;
import cn.zugong.core.plugin.publish.HostedPublications;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyHolder;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** One started plugin's context, lent by the host. */
public final class HostedContext implements PluginContext {

    public static final String CADRES_READ = "cadres.read";

    /** The data access a plugin declares to read the family on cadres' files (sensitive). */
    public static final String CADRES_FAMILY = "cadres.family";

    /** The data access a plugin declares to open selection cases (SDK 1.3.0 {@code openExchange}). */
    public static final String SELECTION_OPEN = "selection.open";

    private final String pluginId;
    private final Set<String> dataAccess;
    private final PluginContextServices services;
    private final Supplier<List<RulePack>> rulePacks;
    private volatile PluginPersistence persistence;

    HostedContext(
            String pluginId,
            Set<String> dataAccess,
            PluginContextServices services,
            Supplier<List<RulePack>> rulePacks) {
        this.pluginId = pluginId;
        this.dataAccess = Set.copyOf(dataAccess);
        this.services = services;
        this.rulePacks = rulePacks;
        this.persistence = new HostedPersistence(pluginId, null, services.transactions);
    }

    void persistence(PluginPersistence persistence) {
        this.persistence = persistence;
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public TenantContext tenancy() {
        return TenancyHolder.current();
    }

    @Override
    public CadreDirectory cadres() {
        if (!dataAccess.contains(CADRES_READ)) {
            throw new SecurityException("Plugin " + pluginId + " did not declare " + CADRES_READ);
        }
        RegistryCadres registry = services.cadres;
        return new CadreDirectory() {
            @Override
            public Optional<CadreRef> find(UUID id) {
                return registry.find(id);
            }

            @Override
            public Optional<CadreRef> byIdentityNumber(String identityNumber) {
                return registry.byIdentityNumber(identityNumber);
            }

            @Override
            public List<CadreRef> active() {
                return registry.active();
            }

            @Override
            public List<CadreRef> page(CadreFilter filter, CadreSort sort, boolean ascending, int offset, int limit) {
                return registry.page(filter, sort, ascending, offset, limit);
            }

            @Override
            public int count(CadreFilter filter) {
                return registry.count(filter);
            }
        };
    }

    @Override
    public CadreCareers careers() {
        requireAccess(CADRES_READ);
        return new HostedCareers(pluginId, services.careers, () -> requireAccess(CADRES_FAMILY), services.vacancies);
    }

    @Override
    public SelectionCases selectionCases() {
        requireAccess(CADRES_READ);
        SelectionCases cases = services.selectionCases;
        return new SelectionCases() {
            @Override
            public Optional<CaseRef> find(UUID caseId) {
                return cases.find(caseId);
            }

            @Override
            public List<CaseRef> open() {
                return cases.open();
            }

            @Override
            public CaseRef openExchange(ExchangeRequest request) {
                requireAccess(SELECTION_OPEN);
                return cases.openExchange(request);
            }
        };
    }

    private void requireAccess(String access) {
        if (!dataAccess.contains(access)) {
            throw new SecurityException("Plugin " + pluginId + " did not declare " + access);
        }
    }

    @Override
    public PluginPersistence persistence() {
        return persistence;
    }

    @Override
    public PluginAudit audit() {
        return new HostedAudit(pluginId, services.audit);
    }

    @Override
    public RulePacks rulePacks() {
        return (packId, county, on) -> RulePackResolver.effective(
                rulePacks.get(), packId, county.code(), on, services.overrides.of(county, packId));
    }

    @Override
    public Spreadsheets spreadsheets() {
        return new PoiSpreadsheets();
    }

    @Override
    public Clock clock() {
        return services.clock;
    }

    @Override
    public boolean permitted(PluginPermission permission) {
        return services.grants.rolesFor(permission).stream().anyMatch(CurrentUserHolder::hasRole);
    }

    @Override
    public Notices notices() {
        return new HostedNotices(pluginId, services.notices, services.transactions, services.clock);
    }

    @Override
    public Ballots ballots() {
        return services.ballots.of(pluginId);
    }

    @Override
    public Publications publications() {
        return new HostedPublications(pluginId, services.publications);
    }

    @Override
    public WorkingCalendar workingCalendar(TenantId county) {
        if (!TenancyHolder.current().readable().contains(county)) {
            throw new SecurityException("Not a county of this request: " + county.code());
        }
        WorkingDays days = services.calendar.workingDays(county);
        return days::isWorkingDay;
    }

    @Override
    public CadreTransfers transfers() {
        return services.transfers;
    }

    @Override
    public CadreFacts cadreFacts() {
        if (!dataAccess.contains(CADRES_READ)) {
            throw new SecurityException("Plugin " + pluginId + " did not declare " + CADRES_READ);
        }
        HostedFacts facts = services.facts;
        return facts::of;
    }
}
