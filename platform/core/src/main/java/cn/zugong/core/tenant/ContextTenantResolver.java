package cn.zugong.core.tenant;

import cn.zugong.api.tenant.TenantId;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Feeds Hibernate's {@code @TenantId} from the request's {@link Tenancy}. A county user, or a
 * supervisor reading one county, resolves to the county; a supervisor reading several resolves to
 * the root marker, so Hibernate adds no tenant filter and
 * the queries restrict themselves to the readable tenants (and, on PostgreSQL, the row-level
 * security policies do it again). Without tenancy the identifier matches no row.
 */
public class ContextTenantResolver implements CurrentTenantIdentifierResolver<String> {

    static final String NO_TENANT = "-";
    static final String SCOPE = "*";

    @Override
    public String resolveCurrentTenantIdentifier() {
        Tenancy tenancy = TenancyHolder.current();
        return tenancy.one().map(TenantId::code).orElse(tenancy.readable().isEmpty() ? NO_TENANT : SCOPE);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public boolean isRoot(String tenantId) {
        return SCOPE.equals(tenantId);
    }
}
