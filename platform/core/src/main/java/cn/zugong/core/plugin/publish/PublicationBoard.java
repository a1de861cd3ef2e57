package cn.zugong.core.plugin.publish;

import cn.zugong.api.publish.Publication;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every plugin's publications: a department publishes in its own (writable) tenant to the tenants
 * below it; a tenant reads what the departments above it published. The tenant always comes from
 * the request's tenancy, never from the plugin.
 */
@ApplicationScoped
@Transactional
public class PublicationBoard {

    static final int MAX_CONTENT = 8000;

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    TenantDirectory directory;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    public void publish(String pluginId, String kind, String key, Map<String, String> content) {
        TenantId publisher = publisher();
        String text = PublicationContent.write(content);
        if (text.length() > MAX_CONTENT) {
            throw new IllegalArgumentException("Publication content over " + MAX_CONTENT + " characters: " + key);
        }
        Optional<PublishedItem> existing = find(publisher, pluginId, kind, key);
        if (existing.isPresent()) {
            existing.get().publish(text, clock.instant());
        } else {
            PublishedItem created = new PublishedItem(publisher.code(), pluginId, kind, key);
            created.publish(text, clock.instant());
            em.persist(created);
        }
        audit.record(
                pluginId + ".publication.publish",
                "publication",
                kind + "/" + key,
                kind + " " + key,
                null,
                AuditJson.of(content));
    }

    public void withdraw(String pluginId, String kind, String key) {
        TenantId publisher = publisher();
        find(publisher, pluginId, kind, key).filter(i -> !i.withdrawn()).ifPresent(item -> {
            item.withdraw(clock.instant());
            audit.record(
                    pluginId + ".publication.withdraw",
                    "publication",
                    kind + "/" + key,
                    kind + " " + key,
                    AuditJson.of(PublicationContent.read(item.content())),
                    null);
        });
    }

    /** What the request's one tenant published and has not withdrawn, newest first. */
    public List<Publication> published(String pluginId, String kind) {
        return TenancyHolder.current()
                .one()
                .map(t -> items(Set.of(t.code()), pluginId, kind))
                .orElse(List.of());
    }

    /** What the departments above the request's one tenant published and have not withdrawn. */
    public List<Publication> fromAbove(String pluginId, String kind) {
        return TenancyHolder.current()
                .one()
                .map(t -> directory.ancestorsOf(t).stream().map(TenantId::code).collect(Collectors.toSet()))
                .filter(codes -> !codes.isEmpty())
                .map(codes -> items(codes, pluginId, kind))
                .orElse(List.of());
    }

    private List<Publication> items(Set<String> tenants, String pluginId, String kind) {
        return em.createQuery(
                        "select i from PublishedItem i where i.tenantId in :tenants and i.pluginId = :plugin"
                                + " and i.kind = :kind and i.withdrawnAt is null order by i.publishedAt desc",
                        PublishedItem.class)
                .setParameter("tenants", tenants)
                .setParameter("plugin", pluginId)
                .setParameter("kind", kind)
                .getResultStream()
                .map(i -> new Publication(
                        new TenantId(i.tenantId()),
                        i.kind(),
                        i.key(),
                        PublicationContent.read(i.content()),
                        i.publishedAt()))
                .toList();
    }

    private Optional<PublishedItem> find(TenantId tenant, String pluginId, String kind, String key) {
        return em.createQuery(
                        "select i from PublishedItem i where i.tenantId = :tenant and i.pluginId = :plugin"
                                + " and i.kind = :kind and i.key = :key",
                        PublishedItem.class)
                .setParameter("tenant", tenant.code())
                .setParameter("plugin", pluginId)
                .setParameter("kind", kind)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    private TenantId publisher() {
        TenantId tenant = TenancyHolder.current()
                .writable()
                .orElseThrow(() -> new IllegalStateException("Only a department writing in its own tenant publishes"));
        if (directory.scopeOf(tenant).size() < 2) {
            throw new IllegalStateException("Tenant " + tenant + " has no tenant below it to publish to");
        }
        return tenant;
    }
}
