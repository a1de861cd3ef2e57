-- The tenant wall honours only settings the platform entered (PostgreSQL only).
--
-- Until now the policies read zugong.tenant, zugong.read_tenants and zugong.audit_tenants as they
-- were: any connection could widen its own scope with set_config. Now a transaction's settings
-- count only together with zugong.proof, a hash of a secret, the backend, the transaction's start
-- and the three settings, which only the functions below (owned by the owner, SECURITY DEFINER)
-- compute:
--   zugong_enter(tenant, read_tenants)              the application role, for its requests;
--   zugong_open_audit(audit_tenants)                the application role, for the audit services;
--   zugong_enter_plugin(tenant, read_tenants, ticket) the plugins' role, with a ticket only the
--                                                   platform computes (it reads the secret as owner).
-- Settings changed afterwards by set_config, or a proof carried into another transaction, no
-- longer match: the policies then see no tenant at all. Nobody but the owner reads the secret.
-- The policies read the proven settings through zugong_wall_tenant(), zugong_wall_reads() and
-- zugong_wall_audits(), still in uncorrelated sub-selects evaluated once per query (V5_1).

create table zugong_wall_key (
    id     integer not null primary key check (id = 1),
    secret text    not null
);
insert into zugong_wall_key (id, secret)
values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
revoke all on zugong_wall_key from public;

-- The functions on the hot path: the proof, its check (which every policy asks once per query)
-- and zugong_enter (once per connection and transaction). PL/pgSQL, whose plans stay cached in the
-- session, and without a SET clause, which costs far more than the hash: every name they use is
-- qualified instead, the key's table with this schema, so that they never resolve in a session's
-- temporary schema (where a connection could shadow zugong_wall_key with a table of its own).
do $do$
begin
    execute format($f$
        create function zugong_wall_proof(tenant text, read_tenants text, audit_tenants text) returns text
            language plpgsql stable security definer as $b$
        declare
            key text;
        begin
            select k.secret into key from %1$I.zugong_wall_key k;
            return pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(key || '|'
                || pg_catalog.pg_backend_pid() || '|'
                || pg_catalog.date_part('epoch', pg_catalog.transaction_timestamp()) || '|'
                || tenant || '|' || read_tenants || '|' || audit_tenants, 'UTF8')), 'hex');
        end
        $b$$f$, current_schema());
    execute format($f$
        create function zugong_wall_proven() returns boolean
            language plpgsql stable security definer as $b$
        begin
            return coalesce(pg_catalog.current_setting('zugong.proof', true) = %1$I.zugong_wall_proof(
                pg_catalog.current_setting('zugong.tenant', true),
                pg_catalog.current_setting('zugong.read_tenants', true),
                pg_catalog.current_setting('zugong.audit_tenants', true)), false);
        end
        $b$$f$, current_schema());
    execute format($f$
        create function zugong_enter(tenant text, read_tenants text) returns boolean
            language plpgsql volatile security definer as $b$
        begin
            perform pg_catalog.set_config('zugong.tenant', coalesce(tenant, ''), true);
            perform pg_catalog.set_config('zugong.read_tenants', coalesce(read_tenants, ''), true);
            perform pg_catalog.set_config('zugong.audit_tenants', '', true);
            perform pg_catalog.set_config('zugong.proof',
                %1$I.zugong_wall_proof(coalesce(tenant, ''), coalesce(read_tenants, ''), ''), true);
            return true;
        end
        $b$$f$, current_schema());
end
$do$;

create function zugong_wall_tenant() returns text
    language sql stable as $$
    select case when zugong_wall_proven() then current_setting('zugong.tenant', true) end
$$;

create function zugong_wall_reads() returns text[]
    language sql stable as $$
    select case when zugong_wall_proven() then string_to_array(current_setting('zugong.read_tenants', true), ',') end
$$;

create function zugong_wall_audits() returns text[]
    language sql stable as $$
    select case when zugong_wall_proven() then string_to_array(current_setting('zugong.audit_tenants', true), ',') end
$$;

create function zugong_open_audit(audit_tenants text) returns boolean
    language plpgsql volatile security definer as $$
begin
    if not zugong_wall_proven() then
        raise exception 'zugong_open_audit: no tenancy entered in this transaction'
            using errcode = 'insufficient_privilege';
    end if;
    perform set_config('zugong.audit_tenants', coalesce(audit_tenants, ''), true);
    perform set_config('zugong.proof', zugong_wall_proof(current_setting('zugong.tenant'),
        current_setting('zugong.read_tenants'), coalesce(audit_tenants, '')), true);
    return true;
end
$$;

create function zugong_enter_plugin(tenant text, read_tenants text, ticket text) returns boolean
    language plpgsql volatile security definer as $$
begin
    if ticket is null or ticket is distinct from (
            select encode(sha256(convert_to(k.secret || '|plugin|' || coalesce(tenant, '') || '|'
                || coalesce(read_tenants, ''), 'UTF8')), 'hex')
            from zugong_wall_key k) then
        raise exception 'zugong_enter_plugin: ticket refused' using errcode = 'insufficient_privilege';
    end if;
    return zugong_enter(tenant, read_tenants);
end
$$;

-- The other functions that run as the owner, called rarely, resolve names in this schema only.
do $$
declare
    fn text;
begin
    foreach fn in array array['zugong_open_audit(text)', 'zugong_enter_plugin(text,text,text)'] loop
        execute format('alter function %s set search_path = %I, pg_temp', fn, current_schema());
    end loop;
end
$$;

revoke all on function zugong_wall_proof(text, text, text) from public;
revoke all on function zugong_enter(text, text) from public;
revoke all on function zugong_open_audit(text) from public;
revoke all on function zugong_enter_plugin(text, text, text) from public;

-- The policies, on the proven settings.
create or replace function zugong_tenant_wall_policies(tbl regclass) returns void language plpgsql as $$
begin
    execute format('drop policy if exists tenant_read on %s', tbl);
    execute format('drop policy if exists tenant_write on %s', tbl);
    execute format('create policy tenant_read on %s for select using '
        || '(tenant_id in (select unnest(zugong_wall_reads())))', tbl);
    execute format('create policy tenant_write on %s for all using '
        || '(tenant_id = (select zugong_wall_tenant())) '
        || 'with check (tenant_id = (select zugong_wall_tenant()))', tbl);
end
$$;

-- Every walled table (core and plugins'), then the few with policies of their own.
do $$
declare
    tbl regclass;
begin
    for tbl in select distinct format('%I', p.tablename)::regclass from pg_policies p
            where p.schemaname = current_schema() and p.policyname = 'tenant_write' loop
        perform zugong_tenant_wall_policies(tbl);
    end loop;
end
$$;

drop policy tenant_write on plugin_notice_read;
create policy tenant_write on plugin_notice_read for all
    using (tenant_id in (select unnest(zugong_wall_reads())))
    with check (tenant_id in (select unnest(zugong_wall_reads())));

drop policy tenant_read on plugin_publication;
create policy tenant_read on plugin_publication for select using (
    tenant_id in (select unnest(zugong_wall_reads()))
    or tenant_id in (
        select above.code
        from tenant above
        join tenant below on below.path like above.path || '%' and below.code <> above.code
        where below.code in (select unnest(zugong_wall_reads()))));

drop policy audit_append on audit_event;
create policy audit_append on audit_event for insert with check (
    tenant_id in (select unnest(zugong_wall_reads()))
    or tenant_id in (select unnest(zugong_wall_audits())));
drop policy audit_read on audit_event;
create policy audit_read on audit_event for select using (
    tenant_id in (select unnest(zugong_wall_audits())));
drop policy audit_chain_head_access on audit_chain_head;
create policy audit_chain_head_access on audit_chain_head for all using (
    tenant_id in (select unnest(zugong_wall_reads()))
    or tenant_id in (select unnest(zugong_wall_audits())))
    with check (
    tenant_id in (select unnest(zugong_wall_reads()))
    or tenant_id in (select unnest(zugong_wall_audits())));

-- The roles. The application role enters tenancies; the plugins' role (zugong.db.plugin-role)
-- reaches the schema and, with a ticket, zugong_enter_plugin; its rights on each plugin's tables
-- are granted by the platform after the plugin's migrations (PluginDatabase).
do $$
begin
    if '${appRole}' <> '' and '${appRole}' <> current_user then
        execute format('revoke all on zugong_wall_key from %I', '${appRole}');
        execute format('grant execute on function zugong_enter(text, text), zugong_open_audit(text) to %I', '${appRole}');
    end if;
    if '${pluginRole}' <> '' and '${pluginRole}' <> current_user then
        execute format('grant usage on schema %I to %I', current_schema(), '${pluginRole}');
        execute format('grant execute on function zugong_enter_plugin(text, text, text) to %I', '${pluginRole}');
    end if;
end
$$;
