-- Selection and appointment (xuanba renyong): one case per vacancy, proposal, removal or
-- retirement; its candidates, committee meetings and votes, publicity objections and gate results.
-- Who did what and when (the whole-process record, quancheng jishi) goes to the audit trail with
-- subject_type 'selection_case', which is append-only and hash-chained already.
-- Every key and index starts with tenant_id; rows refer to each other within their tenant.

create table selection_case (
    tenant_id          varchar(6)   not null references tenant (code),
    id                 uuid         not null,
    case_no            varchar(20)  not null,
    kind               varchar(16)  not null,
    title              varchar(200) not null,
    unit_id            uuid,
    position_id        uuid,
    subject_cadre_id   uuid,
    general_election   boolean      not null default false,
    plan               varchar(4000),
    initiator          varchar(200),
    step               varchar(16)  not null,
    step_since         timestamp with time zone not null,
    status             varchar(16)  not null,
    status_reason      varchar(1000),
    opened_at          timestamp with time zone not null,
    opened_by          varchar(100) not null,
    recommended_on     date,
    recommendation_expected integer,
    recommendation_present  integer,
    recommendation_targeted boolean not null default true,
    notice_on          date,
    inspection_team    varchar(500),
    decided_on         date,
    chosen_cadre_id    uuid,
    publicity_from     date,
    publicity_to       date,
    publicity_skipped  varchar(200),
    document_no        varchar(100),
    appointed_on       date,
    talk_on            date,
    probation          boolean      not null default false,
    probation_until    date,
    probation_confirmed boolean,
    version            integer      not null default 0,
    primary key (tenant_id, id),
    constraint selection_case_no unique (tenant_id, case_no),
    constraint selection_case_position foreign key (tenant_id, position_id) references unit_position (tenant_id, id),
    constraint selection_case_subject foreign key (tenant_id, subject_cadre_id) references cadre (tenant_id, id),
    constraint selection_case_chosen foreign key (tenant_id, chosen_cadre_id) references cadre (tenant_id, id)
);

create index selection_case_tenant_status on selection_case (tenant_id, status, step);

create table selection_candidate (
    tenant_id          varchar(6)   not null,
    id                 uuid         not null,
    case_id            uuid         not null,
    cadre_id           uuid         not null,
    intended           boolean      not null default false,
    interview_votes    integer,
    meeting_votes      integer,
    inspected          boolean      not null default false,
    exceptional        boolean      not null default false,
    exceptional_approval varchar(200),
    file_reviewed_on   date,
    matters_checked_on date,
    discipline_opinion_on date,
    petitions_checked_on date,
    integrity_signed_on date,
    checks_note        varchar(1000),
    primary key (tenant_id, id),
    constraint selection_candidate_once unique (tenant_id, case_id, cadre_id),
    constraint selection_candidate_case foreign key (tenant_id, case_id) references selection_case (tenant_id, id) on delete cascade,
    constraint selection_candidate_cadre foreign key (tenant_id, cadre_id) references cadre (tenant_id, id)
);

create table selection_meeting (
    tenant_id          varchar(6)   not null,
    id                 uuid         not null,
    case_id            uuid         not null,
    body               varchar(24)  not null,
    held_on            date         not null,
    members_total      integer      not null check (members_total > 0),
    members_present    integer      not null check (members_present >= 0 and members_present <= members_total),
    method             varchar(24)  not null,
    reconsideration    boolean      not null default false,
    minutes            varchar(4000),
    recorded_at        timestamp with time zone not null,
    recorded_by        varchar(100) not null,
    primary key (tenant_id, id),
    constraint selection_meeting_case foreign key (tenant_id, case_id) references selection_case (tenant_id, id) on delete cascade
);

create table selection_vote (
    tenant_id          varchar(6)   not null,
    id                 uuid         not null,
    case_id            uuid         not null,
    meeting_id         uuid         not null,
    cadre_id           uuid         not null,
    member             varchar(100) not null,
    opinion            varchar(16)  not null,
    primary key (tenant_id, id),
    constraint selection_vote_once unique (tenant_id, meeting_id, cadre_id, member),
    constraint selection_vote_meeting foreign key (tenant_id, meeting_id) references selection_meeting (tenant_id, id) on delete cascade
);

create table selection_objection (
    tenant_id          varchar(6)   not null,
    id                 uuid         not null,
    case_id            uuid         not null,
    received_on        date         not null,
    summary            varchar(1000) not null,
    affects            boolean,
    resolution         varchar(1000),
    primary key (tenant_id, id),
    constraint selection_objection_case foreign key (tenant_id, case_id) references selection_case (tenant_id, id) on delete cascade
);

create table selection_gate_result (
    tenant_id          varchar(6)   not null,
    id                 uuid         not null,
    case_id            uuid         not null,
    cadre_id           uuid         not null,
    step               varchar(16)  not null,
    gate_id            varchar(100) not null,
    plugin_id          varchar(64),
    outcome            varchar(8)   not null,
    reason_key         varchar(200) not null,
    reason_args        varchar(2000),
    evidence           varchar(500),
    checked_at         timestamp with time zone not null,
    current_result     boolean      not null default true,
    override_by        varchar(100),
    override_at        timestamp with time zone,
    override_reason    varchar(2000),
    primary key (tenant_id, id),
    constraint selection_gate_result_case foreign key (tenant_id, case_id) references selection_case (tenant_id, id) on delete cascade
);

create index selection_gate_result_case on selection_gate_result (tenant_id, case_id, step, current_result);
