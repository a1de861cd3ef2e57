-- Submitted statistics behind the tenant wall (PostgreSQL only), like every tenant table.
select zugong_tenant_wall('statistics_submission');
