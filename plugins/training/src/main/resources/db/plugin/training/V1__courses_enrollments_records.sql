-- The training plugin's own tables (prefix training_). Every table has tenant_id: the platform
-- fills it through Hibernate's @TenantId, filters on it, and on PostgreSQL puts the table behind
-- the tenant wall (row-level security). Cadres and selection cases are referred to by id only:
-- no foreign key reaches a platform table. Valid on PostgreSQL and H2.

-- DOMAIN 1.3 TrainingCourse. course_scope PROVINCIAL marks a course published by the province,
-- recorded by the county (a province-level user cannot write in this platform).
create table training_course (
    id              uuid          not null primary key,
    tenant_id       varchar(6)    not null,
    name            varchar(200)  not null,
    organizer_kind  varchar(20)   not null,
    organizer       varchar(200)  not null,
    course_mode     varchar(20)   not null,
    category        varchar(20)   not null,
    start_date      date          not null,
    end_date        date          not null,
    days            integer       not null,
    hours           numeric(6, 1) not null,
    course_scope    varchar(20)   not null,
    recognized_by   varchar(200),
    created_at      timestamp with time zone not null
);
create index training_course_by_start on training_course (tenant_id, start_date);

-- DOMAIN 1.3 TrainingEnrollment, its state machine (1.4) and the T7 leave.
create table training_enrollment (
    id              uuid          not null primary key,
    tenant_id       varchar(6)    not null,
    course_id       uuid          not null,
    cadre_id        uuid          not null,
    status          varchar(20)   not null,
    leave_hours     numeric(7, 2) not null,
    result          varchar(20),
    assessment      varchar(1000),
    credited_hours  numeric(7, 2) not null,
    credited_days   integer       not null,
    revoke_reason   varchar(500),
    enrolled_at     timestamp with time zone not null,
    changed_at      timestamp with time zone not null,
    result_at       timestamp with time zone,
    credited_at     timestamp with time zone,
    constraint training_enrollment_course foreign key (course_id) references training_course (id),
    constraint training_enrollment_once unique (tenant_id, course_id, cadre_id)
);
create index training_enrollment_by_cadre on training_enrollment (tenant_id, cadre_id);

-- One import of an online platform's export: its records are saved together or not at all.
create table training_import (
    id              uuid          not null primary key,
    tenant_id       varchar(6)    not null,
    file_name       varchar(255)  not null,
    row_count       integer       not null,
    imported_at     timestamp with time zone not null
);

-- Hours credited to a cadre: a credited enrollment (source COURSE) or an imported row (IMPORT).
create table training_record (
    id               uuid          not null primary key,
    tenant_id        varchar(6)    not null,
    cadre_id         uuid          not null,
    source           varchar(10)   not null,
    course_id        uuid,
    enrollment_id    uuid,
    import_batch_id  uuid,
    course_name      varchar(200)  not null,
    course_mode      varchar(20)   not null,
    online           boolean       not null,
    completed_on     date          not null,
    hours            numeric(7, 2) not null,
    days             integer       not null,
    recorded_at      timestamp with time zone not null,
    constraint training_record_course foreign key (course_id) references training_course (id),
    constraint training_record_enrollment foreign key (enrollment_id) references training_enrollment (id),
    constraint training_record_import foreign key (import_batch_id) references training_import (id),
    constraint training_record_credited_once unique (enrollment_id)
);
create index training_record_by_cadre on training_record (tenant_id, cadre_id, completed_on);

-- DOMAIN T2, V-T5: training a promoted cadre still owes, its deadline and its reminder.
create table training_follow_up (
    id              uuid          not null primary key,
    tenant_id       varchar(6)    not null,
    cadre_id        uuid          not null,
    case_id         uuid          not null,
    appointed_on    date          not null,
    deadline        date          not null,
    remind_from     date          not null,
    status          varchar(20)   not null,
    reminded        boolean       not null,
    reminded_on     date,
    hours_gap       numeric(7, 2) not null,
    days_gap        integer       not null,
    checked_on      date          not null,
    created_at      timestamp with time zone not null,
    constraint training_follow_up_once unique (tenant_id, case_id, cadre_id)
);
create index training_follow_up_by_status on training_follow_up (tenant_id, status);
