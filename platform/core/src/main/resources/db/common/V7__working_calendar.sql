-- The working-day calendar of each county (V-S4) and the eligibility rule packs (V-S5, DOMAIN.md
-- 5.1). Valid on PostgreSQL and H2.

-- A holiday or a make-up working day (tiaoxiu) of a county; other days follow the week.
-- The date column is not called "day": that is a keyword in H2.
create table calendar_day (
    tenant_id     varchar(6)   not null references tenant (code),
    id            uuid         not null,
    calendar_date date         not null,
    kind          varchar(8)   not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name          varchar(100) not null,
    version       bigint       not null default 0,
    primary key (tenant_id, id),
    constraint calendar_day_date unique (tenant_id, calendar_date)
);

-- The thresholds of the basic qualifications (jiben zige), versioned per province and in force
-- from effective_from to effective_to (both included; open-ended when null). Province '00' is the
-- national pack. A province's pack states only what differs: its parameters are laid over the
-- national ones in force at the same date. Global reference data: not walled per tenant.
-- parameters: one key=value a line, the keys of cn.zugong.core.selection.eligibility.EligibilityParameters.
create table eligibility_rule_pack (
    id             uuid         not null primary key,
    province       varchar(2)   not null,
    version        integer      not null,
    effective_from date         not null,
    effective_to   date,
    parameters     text         not null,
    source         varchar(500) not null,
    constraint eligibility_rule_pack_version unique (province, version),
    constraint eligibility_rule_pack_period check (effective_to is null or effective_to >= effective_from)
);

-- The 2014 regulation (issued 2014-01-14) set these basic qualifications in its article 8; the
-- 2019 revision keeps them (DOMAIN.md 5.1). Training is only warned about: it may be completed
-- within a year after the promotion, and the registry holds no training records yet.
insert into eligibility_rule_pack (id, province, version, effective_from, effective_to, parameters, source)
values ('00000000-0000-0000-0000-000000000001', '00', 1, date '2014-01-14', null,
'county.min-work-years=5
county.min-grassroots-years=2
grassroots.unit-types=TOWNSHIP
county-and-above.min-lower-posts=2
deputy-to-principal.min-years=2
lower-principal-to-upper-deputy.min-years=3
education.min=COLLEGE
education.min.bureau-and-above=UNIVERSITY
training.outcome=WARNING
health.min=FAIR',
'党政领导干部选拔任用工作条例（2014年、2019年）第八条 基本资格; DOMAIN.md 5.1');
