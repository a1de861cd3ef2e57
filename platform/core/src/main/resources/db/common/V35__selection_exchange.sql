-- An appointment case opened as an exchange (交流, DOMAIN.md 2.1): 调任 or 转任, the reason code of
-- 交流规定 2006 第四条 (1 to 5) and what it comes from (a plugin's exchange plan). Valid on
-- PostgreSQL and H2.
create table selection_exchange (
    tenant_id          varchar(6)   not null,
    id                 uuid         not null,
    case_id            uuid         not null,
    exchange_type      varchar(20)  not null,
    reason             integer      not null,
    reference          varchar(200) not null,
    primary key (tenant_id, id),
    constraint selection_exchange_once unique (tenant_id, case_id),
    constraint selection_exchange_reason check (reason between 1 and 5),
    constraint selection_exchange_case foreign key (tenant_id, case_id)
        references selection_case (tenant_id, id) on delete cascade
);
