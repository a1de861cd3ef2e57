-- The platform's own audit chain (valid on PostgreSQL and H2): what the operators did (tenants,
-- users, plugins, vendor keys), hash-chained like a county's trail but in tables of its own.
-- Not in audit_event: that table's rows belong to a tenant (a foreign key to tenant, row-level
-- security keyed on tenant codes), and a reserved "platform tenant" would show up wherever
-- tenants are listed. One chain, so one head row, created here.

create table platform_audit_head (
    chain_id  varchar(16) not null primary key,
    last_seq  bigint      not null check (last_seq >= 0),
    last_hash varchar(64) not null
);

insert into platform_audit_head (chain_id, last_seq, last_hash)
values ('platform', 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table platform_audit_event (
    id             uuid          not null primary key,
    seq            bigint        not null check (seq > 0),
    occurred_at    timestamp with time zone not null,
    actor          varchar(100)  not null,
    action         varchar(64)   not null,
    subject_type   varchar(64)   not null,
    subject_id     varchar(100),
    summary        varchar(500),
    before_json    varchar(1000000),
    after_json     varchar(1000000),
    prev_hash      varchar(64)   not null,
    hash           varchar(64)   not null,
    session_hash   varchar(64),
    client_address varchar(64),
    constraint platform_audit_event_seq unique (seq)
);

create index platform_audit_event_time on platform_audit_event (occurred_at);
create index platform_audit_event_action on platform_audit_event (action, occurred_at);
