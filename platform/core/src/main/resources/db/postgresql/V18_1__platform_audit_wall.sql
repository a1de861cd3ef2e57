-- The platform chain behind the database wall (PostgreSQL only), as the county trails (V3_1):
-- append-only for every role (no UPDATE or DELETE policy or privilege, and a trigger), and read
-- only by a transaction the audit services opened for it: zugong_open_audit('platform'), after
-- their check of the platform-auditor role. 'platform' is no tenant code (those are six digits),
-- so opening it widens no county's trail. Any transaction of the portal may append: the
-- platform chain's observer is the only writer.

alter table platform_audit_event enable row level security;
alter table platform_audit_event force row level security;
create policy platform_audit_append on platform_audit_event for insert with check (true);
create policy platform_audit_read on platform_audit_event for select using (
    'platform' in (select unnest(zugong_wall_audits())));

create trigger platform_audit_event_append_only before update or delete on platform_audit_event
    for each row execute function zugong_audit_append_only();
create trigger platform_audit_event_no_truncate before truncate on platform_audit_event
    for each statement execute function zugong_audit_append_only();

do $$
begin
    if '${appRole}' <> '' and '${appRole}' <> current_user then
        execute format('revoke all on platform_audit_event, platform_audit_head from %I', '${appRole}');
        execute format('grant select, insert on platform_audit_event to %I', '${appRole}');
        execute format('grant select, update on platform_audit_head to %I', '${appRole}');
    end if;
end
$$;
