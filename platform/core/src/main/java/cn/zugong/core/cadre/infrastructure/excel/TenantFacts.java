package cn.zugong.core.cadre.infrastructure.excel;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the row checks need to know about the importing tenant: its units by name (a name may
 * belong to several units under different parents) and the id numbers already in its registry.
 */
public record TenantFacts(Map<String, List<UUID>> unitsByName, Set<String> idNumbers) {

    public TenantFacts {
        unitsByName = Map.copyOf(unitsByName);
        idNumbers = Set.copyOf(idNumbers);
    }

    /** Loads the facts of the current tenant; Hibernate's tenant filter limits both queries. */
    static TenantFacts load(EntityManager em) {
        Map<String, List<UUID>> units = new HashMap<>();
        em.createQuery("select u.name, u.id from OrgUnit u", Object[].class)
                .getResultStream()
                .forEach(row -> units.merge((String) row[0], List.of((UUID) row[1]), (a, b) -> concat(a, b)));
        Set<String> ids = new HashSet<>(
                em.createQuery("select c.idNumber from Cadre c where c.idNumber is not null", String.class)
                        .getResultList());
        return new TenantFacts(units, ids);
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
