-- Publications behind the tenant wall (PostgreSQL only). Only the publisher writes its rows; they
-- are read by the publisher and by the tenants below it: a row is visible when its tenant is
-- readable, or is an ancestor (in the tenant tree) of a readable tenant. A county never reads a
-- sibling's publications, since a sibling is not above it.
select zugong_tenant_wall('plugin_publication');

drop policy tenant_read on plugin_publication;
create policy tenant_read on plugin_publication for select using (
    tenant_id in (select unnest(string_to_array(current_setting('zugong.read_tenants', true), ',')))
    or tenant_id in (
        select above.code
        from tenant above
        join tenant below on below.path like above.path || '%' and below.code <> above.code
        where below.code in (select unnest(string_to_array(current_setting('zugong.read_tenants', true), ',')))));
