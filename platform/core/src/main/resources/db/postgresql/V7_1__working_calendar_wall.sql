-- The working-day calendar behind the tenant wall (PostgreSQL only). The eligibility rule packs
-- are national and provincial reference data that every county reads: no wall, and the role that
-- serves requests only reads them (new packs come with migrations).
select zugong_tenant_wall('calendar_day');

do $$
begin
    if '${appRole}' <> '' and '${appRole}' <> current_user then
        execute format('revoke insert, update, delete on eligibility_rule_pack from %I', '${appRole}');
    end if;
end
$$;
