-- The database wall (PostgreSQL only): row-level security on every tenant table, keyed on two
-- transaction-local settings that the platform sets from the signed token for each transaction:
--   zugong.tenant        the one tenant the transaction may change ('' for read-only supervisors)
--   zugong.read_tenants  comma-separated tenants it may read
-- FORCE applies the policies to the table owner too; without the settings nothing is visible.

create function zugong_tenant_wall(tbl regclass) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format('create policy tenant_read on %s for select using '
        || '(tenant_id = any (string_to_array(current_setting(''zugong.read_tenants'', true), '','')))', tbl);
    execute format('create policy tenant_write on %s for all using '
        || '(tenant_id = current_setting(''zugong.tenant'', true)) '
        || 'with check (tenant_id = current_setting(''zugong.tenant'', true))', tbl);
end
$$;

select zugong_tenant_wall('org_unit');
select zugong_tenant_wall('tenant_plugin');

create index org_unit_tenant_lower_name on org_unit (tenant_id, lower(name));

-- The role that serves requests (when it is not the owner that runs these migrations).
do $$
begin
    if '${appRole}' <> '' and '${appRole}' <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), '${appRole}');
        execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), '${appRole}');
        execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I', current_schema(), '${appRole}');
    end if;
end
$$;
