package cn.zugong.core.demo;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes the synthetic demo tenants and units; each method is one transaction. */
@ApplicationScoped
@Transactional
public class DemoData {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    TenantDirectory directory;

    public boolean seedTenants() {
        if (em.createQuery("select count(t) from Tenant t", Long.class).getSingleResult() > 0) {
            return false;
        }
        Map<String, Tenant> byCode = new HashMap<>();
        for (String[] row : rows("demo/tenants.csv")) {
            Tenant tenant = new Tenant(new TenantId(row[0]), byCode.get(row[1]), row[2], row[3]);
            byCode.put(row[0], tenant);
            em.persist(tenant);
        }
        em.flush();
        directory.changed();
        return true;
    }

    /** Seeds the units of the tenant this transaction is bound to. */
    public void seedUnits(String tenant) {
        if (em.createQuery("select count(u) from OrgUnit u", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, UUID> idByName = new HashMap<>();
        for (String[] row : rows("demo/units.csv")) {
            if (!row[0].equals(tenant)) {
                continue;
            }
            OrgUnit unit = new OrgUnit();
            unit.setName(row[1]);
            unit.setType(UnitType.valueOf(row[2]));
            unit.setRank(unit.getType().countyRank());
            unit.setParentId(row[3].isEmpty() ? null : idByName.get(row[3]));
            unit.setPrincipalPosts(Integer.parseInt(row[4]));
            unit.setDeputyPosts(Integer.parseInt(row[5]));
            idByName.put(unit.getName(), unit.getId());
            em.persist(unit);
            em.flush();
        }
    }

    static List<String[]> rows(String resource) {
        var in = DemoData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing " + resource);
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", -1))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
