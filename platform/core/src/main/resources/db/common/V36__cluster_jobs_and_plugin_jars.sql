-- What several portal nodes share (issue 23, scale-out). Valid on PostgreSQL and H2.

-- The installed plugin jars, so that every node loads the same bytes: each node writes them into
-- its own plugins directory (a cache) at start-up and when told of an install, upgrade or
-- uninstall. One row per plugin: its current jar. Platform data: no tenant (a reference table
-- once distributed).
create table plugin_artifact (
    plugin_id  varchar(64)  not null primary key,
    jar_file   varchar(255) not null,
    sha256     varchar(64)  not null,
    content    bytea        not null,
    stored_at  timestamp    not null
);

-- The last time slot in which a node ran a plugin's scheduled job for a county: a node runs the
-- job only when it moves the slot forward, inside the run's transaction, so that two nodes never
-- run the same county's slot (PostgreSQL; H2 serves one node and keeps this in memory).
create table plugin_job_lease (
    tenant_id  varchar(6)   not null references tenant (code),
    plugin_id  varchar(64)  not null,
    job_id     varchar(200) not null,
    slot       bigint       not null,
    claimed_at timestamp    not null,
    primary key (tenant_id, plugin_id, job_id)
);
