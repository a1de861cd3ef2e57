-- The structure rule packs are national and provincial reference data that every county reads:
-- no tenant wall, and the role that serves requests only reads them (new packs come with
-- migrations), as for the eligibility packs (V7_1).
do $$
begin
    if '${appRole}' <> '' and '${appRole}' <> current_user then
        execute format('revoke insert, update, delete on structure_rule_pack from %I', '${appRole}');
    end if;
end
$$;
