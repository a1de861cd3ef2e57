-- The tenant wall, evaluated once per query instead of once per row (PostgreSQL only).
--
-- The policies of V1_1 and V2_1 compare each row with string_to_array(current_setting(...)): the
-- setting is read and split again for every row, then searched linearly. A supervisor reading a
-- province (199 tenants) paid about 20 us of CPU a row: a count or an unfiltered page of 540,000 cadres
-- took 4 to 10 s (deployment/perf/README.md). Here the settings are read in uncorrelated
-- sub-selects, which PostgreSQL evaluates once per query (an InitPlan, and a hashed SubPlan for
-- the readable list): the same count takes about 0.2 s. Same semantics: an unset or empty
-- setting still matches no row, and zugong.tenant still decides what may be written.

create or replace function zugong_tenant_wall_policies(tbl regclass) returns void language plpgsql as $$
begin
    execute format('drop policy if exists tenant_read on %s', tbl);
    execute format('drop policy if exists tenant_write on %s', tbl);
    execute format('create policy tenant_read on %s for select using (tenant_id in '
        || '(select unnest(string_to_array(current_setting(''zugong.read_tenants'', true), '',''))))', tbl);
    execute format('create policy tenant_write on %s for all using '
        || '(tenant_id = (select current_setting(''zugong.tenant'', true))) '
        || 'with check (tenant_id = (select current_setting(''zugong.tenant'', true)))', tbl);
end
$$;

-- Tables walled later get the same policies.
create or replace function zugong_tenant_wall(tbl regclass) returns void language plpgsql as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    perform zugong_tenant_wall_policies(tbl);
end
$$;

select zugong_tenant_wall_policies('org_unit');
select zugong_tenant_wall_policies('tenant_plugin');
select zugong_tenant_wall_policies('cadre');
select zugong_tenant_wall_policies('cadre_photo');
select zugong_tenant_wall_policies('unit_position');
select zugong_tenant_wall_policies('post_holding');
select zugong_tenant_wall_policies('family_member');
select zugong_tenant_wall_policies('assessment');
select zugong_tenant_wall_policies('reward_punishment');
select zugong_tenant_wall_policies('cadre_status_change');
