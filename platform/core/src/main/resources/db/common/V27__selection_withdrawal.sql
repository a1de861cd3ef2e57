-- Duty avoidance at the decision meeting (DOMAIN.md 5.5): a member related to a candidate, or the
-- candidate themselves, withdraws from that item; the withdrawal is part of the meeting's record.
-- Valid on PostgreSQL and H2.
create table selection_withdrawal (
    tenant_id          varchar(6)   not null,
    id                 uuid         not null,
    case_id            uuid         not null,
    meeting_id         uuid         not null,
    cadre_id           uuid         not null,
    member             varchar(100) not null,
    reason             varchar(200),
    primary key (tenant_id, id),
    constraint selection_withdrawal_once unique (tenant_id, meeting_id, cadre_id, member),
    constraint selection_withdrawal_meeting foreign key (tenant_id, meeting_id)
        references selection_meeting (tenant_id, id) on delete cascade
);
