-- Issue 22: the cadres of each county counted by the dashboard's dimensions, kept in the same
-- transaction as every change of a cadre (PostgreSQL only; H2, the run command's single demo
-- county, counts the cadres directly).
--
-- A province's dashboard counted 540,000 cadres on every reading: several seconds, against a target
-- of 300 ms (deployment/perf/README.md, "Province scale"). Now a statement trigger on cadre adds and
-- subtracts each change's rows here, whoever writes them (CadreService, the status service, the
-- Excel and .lrmx imports, the cross-county transfer, the tenant purge, the demo seeding, the
-- generators of the benchmarks), and the dashboard sums a few hundred rows per county instead
-- (CadreFiguresService, CadreTally). The list's unfiltered count reads the STATUS rows.
--
-- Rows: (county, dimension, category) -> cadres.
--   STATUS               every cadre, by status (the list's count without a filter);
--   POST_LEVEL, GENDER, POLITICAL_STATUS, MANAGEMENT_AUTHORITY, ETHNICITY
--                        the active cadres by that column ('' when empty);
--   EDUCATION            the active cadres by full-time and in-service level, 'FT/IS';
--   BORN_YEAR            the active cadres by year of birth and gender, '1980/FEMALE';
--   BORN_MONTH           the same by month, '1980-03/FEMALE'.
-- The age bands are computed when read, at the reading's date: a year of birth lies wholly in one
-- band except the five years a band's boundary splits; of those the months are read, and the cadres
-- of the five months a boundary splits are counted by day from cadre itself, in the same statement
-- (CadreTally). A row whose count drops to zero is deleted.
--
-- The wall: tenant_id and the tenant policies like every tenant table, forced on the owner too.
-- The application role may only read the rows; the trigger's function writes them as the owner
-- (SECURITY DEFINER), under the same policies, so it writes the county the transaction has entered
-- and no other, exactly as the change of the cadre itself.
--
-- Concurrency: a transaction that changes a county's counts first takes a transaction-level
-- advisory lock of that county, then upserts its rows in key order (insert ... on conflict do
-- update): writers of one county queue instead of deadlocking on the rows they share (every new
-- active cadre adds to STATUS/ACTIVE anyway). Bulk inserts are counted per statement (transition
-- tables), one upsert of the statement's grouped rows.

lock table cadre in share mode;

create table cadre_tally (
    tenant_id varchar(6)  not null references tenant (code),
    dimension varchar(24) not null,
    category  varchar(60) not null,
    cadres    bigint      not null,
    primary key (tenant_id, dimension, category)
);

do $do$
begin
    execute format($f$
        create function zugong_cadre_tally_keys(
                status text, gender text, birth_date date, ethnicity text, political_status text,
                management_authority text, post_level text, ft_level text, is_level text)
            returns table (dimension text, category text) language sql stable as $b$
            select 'STATUS', status
            union all
            select k.dimension, k.category from (values
                ('POST_LEVEL', coalesce(post_level, '')),
                ('GENDER', gender),
                ('EDUCATION', coalesce(ft_level, '') || '/' || coalesce(is_level, '')),
                ('POLITICAL_STATUS', political_status),
                ('MANAGEMENT_AUTHORITY', management_authority),
                ('ETHNICITY', coalesce(ethnicity, '')),
                ('BORN_YEAR', pg_catalog.to_char(birth_date, 'YYYY') || '/' || gender),
                ('BORN_MONTH', pg_catalog.to_char(birth_date, 'YYYY-MM') || '/' || gender))
                k (dimension, category)
            where status = 'ACTIVE'
        $b$$f$);
    -- Names of this schema qualified, so that no session's temporary table can stand in for them
    -- in a function that runs as the owner (as V13_1 does).
    execute format($f$
        create function zugong_cadre_tally_change() returns trigger
            language plpgsql security definer as $b$
        declare
            ts text[];
            ds text[];
            cs text[];
            ns bigint[];
            zt text[];
            zd text[];
            zc text[];
        begin
            if TG_OP = 'INSERT' then
                select array_agg(d.tenant_id order by d.tenant_id, d.dimension, d.category),
                       array_agg(d.dimension order by d.tenant_id, d.dimension, d.category),
                       array_agg(d.category order by d.tenant_id, d.dimension, d.category),
                       array_agg(d.n order by d.tenant_id, d.dimension, d.category)
                into ts, ds, cs, ns
                from (select r.tenant_id::text as tenant_id, k.dimension, k.category, count(*) as n
                      from new_rows r cross join lateral %1$I.zugong_cadre_tally_keys(r.status, r.gender,
                          r.birth_date, r.ethnicity, r.political_status, r.management_authority, r.post_level,
                          r.ft_level, r.is_level) k
                      group by 1, 2, 3) d;
            elsif TG_OP = 'DELETE' then
                select array_agg(d.tenant_id order by d.tenant_id, d.dimension, d.category),
                       array_agg(d.dimension order by d.tenant_id, d.dimension, d.category),
                       array_agg(d.category order by d.tenant_id, d.dimension, d.category),
                       array_agg(d.n order by d.tenant_id, d.dimension, d.category)
                into ts, ds, cs, ns
                from (select r.tenant_id::text as tenant_id, k.dimension, k.category, -count(*) as n
                      from old_rows r cross join lateral %1$I.zugong_cadre_tally_keys(r.status, r.gender,
                          r.birth_date, r.ethnicity, r.political_status, r.management_authority, r.post_level,
                          r.ft_level, r.is_level) k
                      group by 1, 2, 3) d;
            else
                select array_agg(d.tenant_id order by d.tenant_id, d.dimension, d.category),
                       array_agg(d.dimension order by d.tenant_id, d.dimension, d.category),
                       array_agg(d.category order by d.tenant_id, d.dimension, d.category),
                       array_agg(d.n order by d.tenant_id, d.dimension, d.category)
                into ts, ds, cs, ns
                from (select x.tenant_id, x.dimension, x.category, sum(x.n)::bigint as n
                      from (select r.tenant_id::text as tenant_id, k.dimension, k.category, -1 as n
                            from old_rows r cross join lateral %1$I.zugong_cadre_tally_keys(r.status, r.gender,
                                r.birth_date, r.ethnicity, r.political_status, r.management_authority,
                                r.post_level, r.ft_level, r.is_level) k
                            union all
                            select r.tenant_id::text, k.dimension, k.category, 1
                            from new_rows r cross join lateral %1$I.zugong_cadre_tally_keys(r.status, r.gender,
                                r.birth_date, r.ethnicity, r.political_status, r.management_authority,
                                r.post_level, r.ft_level, r.is_level) k) x
                      group by 1, 2, 3
                      having sum(x.n) <> 0) d;
            end if;
            if ts is null then
                return null;
            end if;
            perform pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtextextended('cadre_tally|' || l.t, 0))
            from (select distinct u.t from pg_catalog.unnest(ts) u (t) order by u.t) l;
            with up as (
                insert into %1$I.cadre_tally as t (tenant_id, dimension, category, cadres)
                select u.t, u.d, u.c, u.n from rows from (pg_catalog.unnest(ts), pg_catalog.unnest(ds), pg_catalog.unnest(cs),
                    pg_catalog.unnest(ns)) u (t, d, c, n) order by 1, 2, 3
                on conflict (tenant_id, dimension, category) do update set cadres = t.cadres + excluded.cadres
                returning t.tenant_id, t.dimension, t.category, t.cadres)
            select array_agg(up.tenant_id), array_agg(up.dimension), array_agg(up.category)
            into zt, zd, zc
            from up where up.cadres = 0;
            if zt is not null then
                delete from %1$I.cadre_tally t
                using rows from (pg_catalog.unnest(zt), pg_catalog.unnest(zd), pg_catalog.unnest(zc)) z (t, d, c)
                where t.tenant_id = z.t and t.dimension = z.d and t.category = z.c and t.cadres = 0;
            end if;
            return null;
        end
        $b$$f$, current_schema());
    execute format($f$
        create function zugong_cadre_tally_truncate() returns trigger
            language plpgsql security definer as $b$
        begin
            delete from %1$I.cadre_tally;
            return null;
        end
        $b$$f$, current_schema());
end
$do$;

revoke all on function zugong_cadre_tally_change() from public;
revoke all on function zugong_cadre_tally_truncate() from public;

-- The counts of the cadres that exist, read past the wall by the owner for this transaction only.
alter table cadre no force row level security;
insert into cadre_tally (tenant_id, dimension, category, cadres)
select c.tenant_id, k.dimension, k.category, count(*)
from cadre c cross join lateral zugong_cadre_tally_keys(c.status, c.gender, c.birth_date, c.ethnicity,
    c.political_status, c.management_authority, c.post_level, c.ft_level, c.is_level) k
group by 1, 2, 3;
alter table cadre force row level security;

create trigger cadre_tally_insert after insert on cadre
    referencing new table as new_rows for each statement execute function zugong_cadre_tally_change();
create trigger cadre_tally_update after update on cadre
    referencing old table as old_rows new table as new_rows for each statement execute function zugong_cadre_tally_change();
create trigger cadre_tally_delete after delete on cadre
    referencing old table as old_rows for each statement execute function zugong_cadre_tally_change();
create trigger cadre_tally_truncate after truncate on cadre
    for each statement execute function zugong_cadre_tally_truncate();

select zugong_tenant_wall('cadre_tally');

do $$
begin
    if '${appRole}' <> '' and '${appRole}' <> current_user then
        execute format('revoke insert, update, delete, truncate on cadre_tally from %I', '${appRole}');
        execute format('grant select on cadre_tally to %I', '${appRole}');
    end if;
end
$$;
