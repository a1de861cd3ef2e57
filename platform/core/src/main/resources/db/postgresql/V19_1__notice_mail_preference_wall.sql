-- The notice mail choices behind the tenant wall (PostgreSQL only). The application role's
-- privileges on the new table come from the default privileges of V1_1.
select zugong_tenant_wall('notice_mail_preference');

-- A county's auditor reads the county without writing in it (zugong.tenant is empty), yet chooses
-- to receive its notices by e-mail, as they mark them read (V9_1): the choice may be written in a
-- tenant the request reads. The service writes only the user's own choice, and refuses supervisors.
drop policy if exists tenant_write on notice_mail_preference;
create policy tenant_write on notice_mail_preference for all
    using (tenant_id in (select unnest(string_to_array(current_setting('zugong.read_tenants', true), ','))))
    with check (tenant_id in (select unnest(string_to_array(current_setting('zugong.read_tenants', true), ','))));
