package cn.zugong.testkit.context;

import cn.zugong.api.fact.CadreFact;
import cn.zugong.api.fact.CadreFactSource;
import cn.zugong.api.fact.CadreFacts;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Facts about cadres from the sources a test adds: the plugin's own (to test what it establishes)
 * or a stand-in for another plugin's (to test what the plugin does with a fact). A county the
 * request does not read is refused before any source is asked, as on the platform.
 */
public final class InMemoryCadreFacts implements CadreFacts {

    private final Supplier<TenantContext> tenancy;
    private final List<CadreFactSource> sources = new CopyOnWriteArrayList<>();

    InMemoryCadreFacts(Supplier<TenantContext> tenancy) {
        this.tenancy = tenancy;
    }

    /** Adds a source, as if its plugin were enabled for every county. */
    public void add(CadreFactSource source) {
        sources.add(source);
    }

    @Override
    public List<CadreFact> of(TenantId county, UUID cadreId) {
        if (!tenancy.get().readableTenants().contains(county)) {
            throw new SecurityException("Not a county of this request: " + county.code());
        }
        return sources.stream()
                .flatMap(s -> s.facts(county, cadreId).stream())
                .filter(f -> f.cadreId().equals(cadreId))
                .toList();
    }
}
