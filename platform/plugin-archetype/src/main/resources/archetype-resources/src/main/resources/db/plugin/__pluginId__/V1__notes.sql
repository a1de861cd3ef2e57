#set( $prefix = "${pluginId.toLowerCase().replace('-', '_')}_" )
-- The ${pluginId} plugin's notes. Every table starts with the plugin's prefix (${prefix}); tenant_id
-- is the county, filled in by the platform (Hibernate's @TenantId) and, on PostgreSQL, guarded by
-- row-level security the platform adds. Plain SQL that PostgreSQL and H2 both run.
create table ${prefix}note (
    id uuid primary key,
    tenant_id varchar(6) not null,
    text varchar(500) not null,
    created_at timestamp not null
);

create index ${prefix}note_tenant_created on ${prefix}note (tenant_id, created_at);
