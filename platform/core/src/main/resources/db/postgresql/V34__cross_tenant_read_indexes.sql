-- Issue 22: indexes for the supervisors' reads across the counties of their scope.
--
-- Decision (deployment/perf/README.md, "Province scale"; ARCHITECTURE, Tenancy): primary keys and
-- unique keys keep tenant_id, so the schema stays distributable by tenant. Non-unique indexes that
-- serve cross-tenant reads may lead with other columns: a province-wide page of the cadre list then
-- reads its rows in the order it shows them instead of sorting every cadre of the province, and a
-- name prefix is looked up once instead of once per tenant.

-- The list's two sorts, as CadreService orders them (the sort column, then name_sort, name, id).
create index cadre_name_order on cadre (name_sort, name, id);
create index cadre_birth_order on cadre (birth_date, name_sort, name, id);

-- Pinyin and initials prefix search across tenants. CadreWhere searches a prefix as a range
-- (>= and <, leakproof operators) beside its like: under row-level security PostgreSQL uses no index
-- for like (textlike is not leakproof) before the tenant policy, so the range must find the rows.
create index cadre_pinyin_all on cadre (name_pinyin);
create index cadre_initials_all on cadre (name_initials);

-- The dashboard's figures: one pass over the active cadres of the scope (CadreFiguresService),
-- read from this index alone (an index-only scan) rather than from the whole rows of the table.
create index cadre_status_figures on cadre (status, tenant_id)
    include (post_level, gender, birth_date, ethnicity, political_status, management_authority, ft_level, is_level);

-- The post quota totals (QuotaService, Occupancy): the current main leadership holdings of every unit
-- in scope, a few percent of all holdings, found without reading the holdings' history.
create index post_holding_current_leadership on post_holding (unit_id, tenant_id)
    include (cadre_id, principal)
    where end_date is null and main_post = true and post_level is not null;
