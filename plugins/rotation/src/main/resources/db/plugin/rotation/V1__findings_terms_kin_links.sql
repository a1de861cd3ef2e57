-- The rotation plugin's own tables (prefix rotation_). Every table has tenant_id, set and filtered
-- by the platform (Hibernate @TenantId) and behind the tenant wall on PostgreSQL; keys lead with it.
-- Cadres and units are referred to by id only: no foreign key reaches a platform table. Valid on
-- PostgreSQL and H2. Who changed what is in the platform's audit trail, not here.

-- DOMAIN 2.4 AvoidanceFinding and its state machine (2.5). finding_key identifies the conflict
-- across scans (kind, the two cadres in a fixed order, the organ).
create table rotation_finding (
    tenant_id     varchar(6)   not null,
    id            uuid         not null,
    finding_key   varchar(300) not null,
    kind          varchar(40)  not null,
    cadre_id      uuid         not null,
    relative_id   uuid,
    kinship       varchar(20),
    organ_id      uuid         not null,
    organ_name    varchar(200) not null,
    blocking      boolean      not null,
    status        varchar(30)  not null,
    detected_on   date         not null,
    status_since  date         not null,
    note          varchar(500),
    changed_at    timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index rotation_finding_by_key on rotation_finding (tenant_id, finding_key);
create index rotation_finding_by_status on rotation_finding (tenant_id, status, detected_on);

-- DOMAIN 2.4 TermRecord entered by hand where the registry's history is incomplete: the records of
-- a post replace those derived from the holdings for that post.
create table rotation_term (
    tenant_id     varchar(6)   not null,
    id            uuid         not null,
    cadre_id      uuid         not null,
    post_key      varchar(300) not null,
    unit_name     varchar(200) not null,
    title         varchar(100) not null,
    term_number   integer      not null,
    start_date    date         not null,
    end_date      date,
    early_exit    varchar(20),
    entered_at    timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint rotation_term_dates check (end_date is null or end_date >= start_date),
    constraint rotation_term_number check (term_number >= 1)
);
create index rotation_term_by_cadre on rotation_term (tenant_id, cadre_id, post_key, start_date);

-- Two cadres of the county an officer recorded as relatives (a family member who is also a cadre,
-- where the file does not show it).
create table rotation_kin_link (
    tenant_id     varchar(6)   not null,
    id            uuid         not null,
    cadre_id      uuid         not null,
    relative_id   uuid         not null,
    kinship       varchar(20)  not null,
    recorded_at   timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint rotation_kin_link_once unique (tenant_id, cadre_id, relative_id)
);
