-- Tenant life cycle: a tenant is ACTIVE or SUSPENDED (its users are refused, its plugin
-- jobs stop, its data is kept). tenant_directory_version is bumped in every transaction that
-- changes the tenant table, so each node's TenantDirectory sees a change at its next request
-- without a per-node cache that could go stale.

alter table tenant add column status varchar(16) default 'ACTIVE' not null;
alter table tenant add column status_changed_at timestamp with time zone;
alter table tenant add column status_changed_by varchar(100);
-- When the platform-sysadmin made the node a tenant (its Keycloak group and first admin); null for a
-- node created only as the parent of another tenant, and for the demo's tenants.
alter table tenant add column onboarded_at timestamp with time zone;
alter table tenant add constraint tenant_status check (status in ('ACTIVE', 'SUSPENDED'));

create table tenant_directory_version (
    id      integer not null primary key,
    version bigint  not null
);

insert into tenant_directory_version (id, version) values (1, 0);
