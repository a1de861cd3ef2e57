-- Cross-county transfers behind the tenant wall (PostgreSQL only). A row belongs to three tenants:
-- the proposing department (tenant_id) and the two counties (from_tenant, to_tenant). Each reads
-- it; only the proposer inserts it; the three may update it (the counties answer, the proposer
-- withdraws, the move closes it), and nobody deletes it. The wall's proven settings decide, as in
-- V13_1: a county never reads a proposal between two other counties.
select zugong_tenant_wall('cadre_transfer');

drop policy tenant_read on cadre_transfer;
drop policy tenant_write on cadre_transfer;
create policy transfer_read on cadre_transfer for select using (
    tenant_id in (select unnest(zugong_wall_reads()))
    or from_tenant in (select unnest(zugong_wall_reads()))
    or to_tenant in (select unnest(zugong_wall_reads())));
create policy transfer_propose on cadre_transfer for insert with check (
    tenant_id = (select zugong_wall_tenant()));
create policy transfer_answer on cadre_transfer for update using (
    tenant_id = (select zugong_wall_tenant())
    or from_tenant = (select zugong_wall_tenant())
    or to_tenant = (select zugong_wall_tenant()))
    with check (
    tenant_id = (select zugong_wall_tenant())
    or from_tenant = (select zugong_wall_tenant())
    or to_tenant = (select zugong_wall_tenant()));
