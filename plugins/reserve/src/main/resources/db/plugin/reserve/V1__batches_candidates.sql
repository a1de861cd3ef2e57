-- The reserve plugin's own tables (prefix reserve_). Every table has tenant_id, set and filtered by
-- the platform (Hibernate @TenantId) and behind the tenant wall on PostgreSQL; keys lead with it.
-- Cadres are referred to by id only: no foreign key reaches a platform table. Valid on PostgreSQL
-- and H2. Who changed what is in the platform's audit trail, not here.

-- DOMAIN 3.3 ReserveBatch: one per county, year and tier. The targets are the county's rule pack;
-- posts is the 职数 the tier backs, entered by the clerk (the SDK gives no post counts).
create table reserve_batch (
    tenant_id      varchar(6)  not null,
    id             uuid        not null,
    batch_year     integer     not null,
    tier           varchar(40) not null,
    reference_date date        not null,
    posts          integer,
    created_at     timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint reserve_batch_one_per_year_tier unique (tenant_id, batch_year, tier)
);

-- DOMAIN 3.3 ReserveCandidate and its state machine (3.4). Gender, party membership and education
-- are recorded from the cadre's file at nomination: the SDK's directory does not carry them.
create table reserve_candidate (
    tenant_id    varchar(6)   not null,
    id           uuid         not null,
    batch_id     uuid         not null,
    cadre_id     uuid         not null,
    cadre_name   varchar(100) not null,
    birth_date   date         not null,
    woman        boolean      not null,
    non_party    boolean      not null,
    education    varchar(20)  not null,
    source       varchar(30)  not null,
    votes        integer,
    ballots      integer,
    exam_score   numeric(6, 2),
    horizon      varchar(10)  not null,
    state        varchar(20)  not null,
    state_since  date         not null,
    changed_at   timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint reserve_candidate_once unique (tenant_id, batch_id, cadre_id)
);
create index reserve_candidate_by_batch on reserve_candidate (tenant_id, batch_id, state);
