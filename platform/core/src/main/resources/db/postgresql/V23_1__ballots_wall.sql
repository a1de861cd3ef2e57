-- Ballots behind the tenant wall (PostgreSQL only). ballot_code_lookup and ballot_secret stay
-- outside it: the public ballot page resolves a code to its county there, before it has a tenancy;
-- everything else the page does runs inside that county's wall.
select zugong_tenant_wall('ballot_session');
select zugong_tenant_wall('ballot_nominee');
select zugong_tenant_wall('ballot_code');
select zugong_tenant_wall('ballot_cast');
select zugong_tenant_wall('ballot_paper_entry');
