-- DOMAIN 4.6 and 4.10 EconomicAudit (经济责任审计): one audit of a cadre's tenure in a post, before an
-- appointment (任前), during it (任中) or after leaving it (离任), with its auditor, the period
-- audited, the findings and the responsibility class, linked to the selection case that needed
-- it. Reported once: reported_on, findings and responsibility are written together.
create table supervision_econ_audit (
    id             uuid          not null,
    tenant_id      varchar(6)    not null,
    cadre_id       uuid          not null,
    kind           varchar(20)   not null,
    post           varchar(200)  not null,
    case_id        uuid,
    auditor        varchar(200)  not null,
    period_from    date          not null,
    period_to      date          not null,
    started_on     date          not null,
    reported_on    date,
    findings       varchar(2000),
    responsibility varchar(20),
    created_at     timestamp with time zone not null,
    primary key (tenant_id, id)
);
create index supervision_econ_audit_by_cadre on supervision_econ_audit (tenant_id, cadre_id);
create index supervision_econ_audit_by_case on supervision_econ_audit (tenant_id, case_id);
