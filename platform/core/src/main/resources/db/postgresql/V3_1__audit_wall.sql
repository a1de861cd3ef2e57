-- The audit tables behind the database wall (PostgreSQL only).
--
-- Writing: a transaction appends to the chain of a tenant it may read (zugong.read_tenants), so a
-- county user records in their county and a supervisor's drill-down in the county read.
-- Reading: only through a third transaction-local setting, zugong.audit_tenants, which the audit
-- services set for their own transactions after checking the auditor roles. No other service
-- sets it, so the trail stays invisible to them and their reads are not widened.
-- Append-only: no UPDATE or DELETE policy (so both match no row), no UPDATE, DELETE or TRUNCATE
-- privilege for the application role, and a trigger that refuses them for every role.

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy audit_append on audit_event for insert with check (
    tenant_id = any (string_to_array(current_setting('zugong.read_tenants', true), ','))
    or tenant_id = any (string_to_array(current_setting('zugong.audit_tenants', true), ',')));
create policy audit_read on audit_event for select using (
    tenant_id = any (string_to_array(current_setting('zugong.audit_tenants', true), ',')));

alter table audit_chain_head enable row level security;
alter table audit_chain_head force row level security;
create policy audit_chain_head_access on audit_chain_head for all using (
    tenant_id = any (string_to_array(current_setting('zugong.read_tenants', true), ','))
    or tenant_id = any (string_to_array(current_setting('zugong.audit_tenants', true), ',')))
    with check (
    tenant_id = any (string_to_array(current_setting('zugong.read_tenants', true), ','))
    or tenant_id = any (string_to_array(current_setting('zugong.audit_tenants', true), ',')));

create function zugong_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function zugong_audit_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function zugong_audit_append_only();

-- The application role: append and read the trail, move the chain heads; nothing else.
do $$
begin
    if '${appRole}' <> '' and '${appRole}' <> current_user then
        execute format('revoke all on audit_event, audit_chain_head from %I', '${appRole}');
        execute format('grant select, insert on audit_event to %I', '${appRole}');
        execute format('grant select, insert, update on audit_chain_head to %I', '${appRole}');
    end if;
end
$$;
