-- Cross-county transfers (xianji jiaoliu): a department above two counties proposes to move a
-- cadre's file from one county to the other; both counties accept; the platform moves the file.
-- tenant_id is the proposing department; the row is also the two counties' (from_tenant,
-- to_tenant), which see it through policies of its own on PostgreSQL (V28_1). A moved row marks the
-- sending county's record read-only (cadre_id, status MOVED). Valid on PostgreSQL and H2.
create table cadre_transfer (
    tenant_id     varchar(6)   not null references tenant (code),
    id            uuid         not null,
    from_tenant   varchar(6)   not null references tenant (code),
    to_tenant     varchar(6)   not null references tenant (code),
    cadre_id      uuid         not null,
    cadre_name    varchar(50)  not null,
    current_post  varchar(200),
    reason        varchar(500) not null,
    status        varchar(20)  not null,
    proposed_at   timestamp    not null,
    proposed_by   varchar(100) not null,
    from_answer_by varchar(100),
    from_answer_at timestamp,
    to_answer_by  varchar(100),
    to_answer_at  timestamp,
    refusal       varchar(500),
    closed_at     timestamp,
    effective     date,
    new_cadre_id  uuid,
    version       bigint       not null default 0,
    primary key (tenant_id, id),
    constraint cadre_transfer_counties check (from_tenant <> to_tenant)
);

create index cadre_transfer_from on cadre_transfer (from_tenant, cadre_id, status);
create index cadre_transfer_to on cadre_transfer (to_tenant, status);
