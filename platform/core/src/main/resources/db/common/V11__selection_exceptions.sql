-- Selection rules made explicit (issue 14).
-- A recorded exception: the fact that the regulation's own exception route was taken for one
-- candidate of one case (破格提拔 approved by the upper organization department, a documented
-- 职数 adjustment), with its document number, approver and date, entered by the county's
-- tenant-admin. It satisfies exactly the hard gate finding of its kind for that case and candidate.
create table selection_exception (
    tenant_id     varchar(6)   not null,
    id            uuid         not null,
    case_id       uuid         not null,
    cadre_id      uuid         not null,
    kind          varchar(32)  not null,
    document_no   varchar(100) not null,
    approver      varchar(200) not null,
    approved_on   date         not null,
    note          varchar(1000),
    recorded_by   varchar(100) not null,
    recorded_at   timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint selection_exception_case foreign key (tenant_id, case_id) references selection_case (tenant_id, id) on delete cascade,
    constraint selection_exception_once unique (tenant_id, case_id, cadre_id, kind)
);

-- Whether a gate's block is a hard ([V]) rule, and which recorded exception may satisfy it.
alter table selection_gate_result add column hard boolean not null default false;
alter table selection_gate_result add column exception_kind varchar(32);

-- Whether the applied appointment left its unit holding more posts than approved (超职数配备).
alter table selection_case add column left_over_quota boolean not null default false;
