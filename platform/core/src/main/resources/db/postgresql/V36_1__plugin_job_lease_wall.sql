-- A county's job leases behind the tenant wall (PostgreSQL only): a job's run claims its county's
-- slot under that county's writable tenancy, like the rest of the run.
select zugong_tenant_wall('plugin_job_lease');
