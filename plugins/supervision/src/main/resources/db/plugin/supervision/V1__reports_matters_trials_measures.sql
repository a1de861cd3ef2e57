-- The supervision plugin's own tables (prefix supervision_). Every table has tenant_id, filled and
-- filtered by the platform (@TenantId) and behind the tenant wall on PostgreSQL; every key leads
-- with it. Cadres and selection cases are referred to by id only. Valid on PostgreSQL and H2.

-- DOMAIN 4.10 PetitionReport (信访举报) and its deadlines (4.5).
create table supervision_report (
    id               uuid          not null,
    tenant_id        varchar(6)    not null,
    channel          varchar(20)   not null,
    real_name        boolean       not null,
    reporter_name    varchar(100),
    reporter_contact varchar(200),
    category         varchar(30)   not null,
    summary          varchar(2000) not null,
    specific_clues   boolean       not null,
    status           varchar(30)   not null,
    handling_type    varchar(30),
    assignment       varchar(20),
    assignee         varchar(200),
    received_on      date          not null,
    assigned_on      date,
    extended_days    integer       not null,
    extensions       integer       not null,
    conclusion       varchar(30),
    findings         varchar(2000),
    feedback_on      date,
    closed_on        date,
    repeat_of        uuid,
    created_at       timestamp with time zone not null,
    changed_at       timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index supervision_report_by_status on supervision_report (tenant_id, status, received_on);

-- The cadres a report is about (subject cadres, linked to the registry by id).
create table supervision_report_subject (
    tenant_id  varchar(6) not null,
    id         uuid       not null,
    report_id  uuid       not null,
    cadre_id   uuid       not null,
    primary key (tenant_id, id),
    unique (tenant_id, report_id, cadre_id),
    foreign key (tenant_id, report_id) references supervision_report (tenant_id, id)
);
create index supervision_subject_by_cadre on supervision_report_subject (tenant_id, cadre_id);

-- DOMAIN 4.4, 4.10 PersonalMattersReport: one a year per cadre.
create table supervision_matters (
    id            uuid          not null,
    tenant_id     varchar(6)    not null,
    cadre_id      uuid          not null,
    report_year   integer       not null,
    items         varchar(1000) not null,
    submitted_on  date,
    status        varchar(30)   not null,
    focus_reason  varchar(30),
    draw_id       uuid,
    drawn         boolean       not null,
    finding       varchar(30),
    handling      varchar(30),
    explanation   varchar(2000),
    decided_on    date,
    lifted_on     date,
    lift_reason   varchar(1000),
    created_at    timestamp with time zone not null,
    changed_at    timestamp with time zone not null,
    primary key (tenant_id, id),
    unique (tenant_id, cadre_id, report_year)
);

-- A random draw (随机抽查) as made: seed, rate and population, so that it can be drawn again.
create table supervision_draw (
    id           uuid         not null,
    tenant_id    varchar(6)   not null,
    report_year  integer      not null,
    seed         bigint       not null,
    rate         numeric(5, 4) not null,
    population   integer      not null,
    drawn        integer      not null,
    drawn_at     timestamp with time zone not null,
    primary key (tenant_id, id),
    unique (tenant_id, report_year)
);

-- The integrity file (诚信档案): one entry for each report found untrue.
create table supervision_integrity (
    id           uuid        not null,
    tenant_id    varchar(6)  not null,
    cadre_id     uuid        not null,
    matters_id   uuid        not null,
    report_year  integer     not null,
    finding      varchar(30) not null,
    recorded_on  date        not null,
    primary key (tenant_id, id),
    unique (tenant_id, matters_id)
);

-- DOMAIN 4.2, 4.10 Trial (试用期).
create table supervision_trial (
    id               uuid         not null,
    tenant_id        varchar(6)   not null,
    cadre_id         uuid         not null,
    case_id          uuid,
    post             varchar(200) not null,
    start_on         date         not null,
    absence_days     integer      not null,
    end_on           date         not null,
    assessment_from  date         not null,
    outcome          varchar(20),
    outcome_on       date,
    created_at       timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index supervision_trial_by_end on supervision_trial (tenant_id, end_on);

-- Measures on a cadre (谈话提醒, 函询, 诫勉) and the day until which one bars promotion.
create table supervision_measure (
    id          uuid          not null,
    tenant_id   varchar(6)    not null,
    cadre_id    uuid          not null,
    kind        varchar(30)   not null,
    taken_on    date          not null,
    reason      varchar(1000) not null,
    bar_until   date,
    created_at  timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index supervision_measure_by_cadre on supervision_measure (tenant_id, cadre_id);
