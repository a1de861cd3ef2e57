-- The audit trail (valid on PostgreSQL and on H2): append-only events, hash-chained per tenant.
-- audit_chain_head holds the end of each tenant's chain; appending locks that row, so the
-- sequence has no gaps and the chain never forks. Keys and indexes start with tenant_id.

create table audit_chain_head (
    tenant_id varchar(6)  not null primary key references tenant (code),
    last_seq  bigint      not null check (last_seq >= 0),
    last_hash varchar(64) not null
);

create table audit_event (
    tenant_id    varchar(6)    not null references tenant (code),
    id           uuid          not null,
    seq          bigint        not null check (seq > 0),
    occurred_at  timestamp with time zone not null,
    actor        varchar(100)  not null,
    action       varchar(64)   not null,
    subject_type varchar(64)   not null,
    subject_id   varchar(100),
    summary      varchar(500),
    before_json  varchar(1000000),
    after_json   varchar(1000000),
    prev_hash    varchar(64)   not null,
    hash         varchar(64)   not null,
    primary key (tenant_id, id),
    constraint audit_event_seq unique (tenant_id, seq)
);

create index audit_event_tenant_time on audit_event (tenant_id, occurred_at);
create index audit_event_tenant_actor on audit_event (tenant_id, actor, occurred_at);
create index audit_event_tenant_action on audit_event (tenant_id, action, occurred_at);
create index audit_event_tenant_subject on audit_event (tenant_id, subject_type, subject_id);
