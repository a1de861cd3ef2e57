-- The plugins' notices and their read marks behind the tenant wall (PostgreSQL only). The
-- application role's privileges on the new tables come from the default privileges of V1_1.
select zugong_tenant_wall('plugin_notice');
select zugong_tenant_wall('plugin_notice_read');

-- A county's auditor reads the county without writing in it (zugong.tenant is empty), yet marks
-- the county's notices read: read marks may be written in a tenant the request reads. The
-- service writes only the user's own marks, and refuses supervisors.
drop policy if exists tenant_write on plugin_notice_read;
create policy tenant_write on plugin_notice_read for all
    using (tenant_id in (select unnest(string_to_array(current_setting('zugong.read_tenants', true), ','))))
    with check (tenant_id in (select unnest(string_to_array(current_setting('zugong.read_tenants', true), ','))));
