-- Tenant export, archive and purge (issue 17). The last export of a county's data is recorded on
-- its tenant (when, by whom, the SHA-256 of the archive): a tenant is archived (read-only for
-- everyone) only after an export, and purged only after it was archived and the waiting period
-- passed, requested by a platform-sysadmin and approved by a different platform-secadmin.

alter table tenant add column exported_at timestamp with time zone;
alter table tenant add column exported_by varchar(100);
alter table tenant add column export_sha256 varchar(64);
alter table tenant add column purge_requested_at timestamp with time zone;
alter table tenant add column purge_requested_by varchar(100);
alter table tenant drop constraint tenant_status;
alter table tenant add constraint tenant_status check (status in ('ACTIVE', 'SUSPENDED', 'ARCHIVED', 'PURGED'));
