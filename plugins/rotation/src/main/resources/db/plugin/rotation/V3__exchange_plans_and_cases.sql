-- Exchange plans (issue 19 item 4) and exchange cases (item 5, DOMAIN §2.4, §2.5). A plan keeps the
-- posts the officer offered and each cadre's move (none: stays), with the officer's pin and forbidden
-- posts, so that a saved plan solves again as it was left; an approved plan's moves each carry the
-- selection case opened for them. Cadres, units, posts and cases by id only (core's); names as they
-- read when saved. Who created or approved a plan is in the audit trail. Valid on PostgreSQL and H2.
create table rotation_plan (
    tenant_id      varchar(6)   not null,
    id             uuid         not null,
    name           varchar(100) not null,
    status         varchar(20)  not null,
    hard_score     bigint,
    soft_score     bigint,
    created_on     date         not null,
    approved_on    date,
    primary key (tenant_id, id)
);

create table rotation_plan_post (
    tenant_id      varchar(6)   not null,
    id             uuid         not null,
    plan_id        uuid         not null,
    position_id    uuid         not null,
    unit_id        uuid         not null,
    unit_name      varchar(200) not null,
    title          varchar(200) not null,
    post_level     varchar(40)  not null,
    kind           varchar(40)  not null,
    principal      boolean      not null,
    seats          integer      not null,
    primary key (tenant_id, id),
    constraint rotation_plan_post_once unique (tenant_id, plan_id, position_id),
    constraint rotation_plan_post_plan foreign key (tenant_id, plan_id)
        references rotation_plan (tenant_id, id) on delete cascade
);

create table rotation_plan_move (
    tenant_id        varchar(6)    not null,
    id               uuid          not null,
    plan_id          uuid          not null,
    cadre_id         uuid          not null,
    cadre_name       varchar(100)  not null,
    post_level       varchar(40)   not null,
    reason           varchar(20)   not null,
    years_in_post    integer       not null,
    position_id      uuid,
    pinned           boolean       not null,
    forbidden        varchar(4000) not null,
    exchange_type    varchar(20)   not null,
    exchange_reason  integer       not null,
    case_id          uuid,
    primary key (tenant_id, id),
    constraint rotation_plan_move_once unique (tenant_id, plan_id, cadre_id),
    constraint rotation_plan_move_reason check (exchange_reason between 1 and 5),
    constraint rotation_plan_move_plan foreign key (tenant_id, plan_id)
        references rotation_plan (tenant_id, id) on delete cascade
);

create table rotation_exchange (
    tenant_id          varchar(6)    not null,
    id                 uuid          not null,
    plan_id            uuid          not null,
    cadre_id           uuid          not null,
    cadre_name         varchar(100)  not null,
    position_id        uuid          not null,
    unit_name          varchar(200)  not null,
    title              varchar(200)  not null,
    exchange_type      varchar(20)   not null,
    reason             integer       not null,
    case_id            uuid          not null,
    status             varchar(30)   not null,
    status_since       date          not null,
    sending_opinion    varchar(2000) not null,
    receiving_opinion  varchar(2000) not null,
    talk_record        varchar(2000) not null,
    talked_on          date,
    handed_over_on     date,
    reported_on        date,
    party_relation     boolean       not null,
    salary_relation    boolean       not null,
    personnel_file     boolean       not null,
    departure_audit    boolean       not null,
    appointed_on       date,
    closed_on          date,
    primary key (tenant_id, id),
    constraint rotation_exchange_case_once unique (tenant_id, case_id),
    constraint rotation_exchange_reason check (reason between 1 and 5)
);

create index rotation_exchange_cadre on rotation_exchange (tenant_id, cadre_id, position_id);
