-- Issue 22 items 3 and 4: the targets a leadership team (banzi) is measured against and the
-- reference date of the annual cadre statistics, as versioned national and provincial packs laid
-- over one another like the eligibility packs (a province states only what differs). Reference
-- data every county reads; new values come as new versions in later migrations.
-- Valid on PostgreSQL and H2.
create table structure_rule_pack (
    id             uuid         not null primary key,
    province       varchar(2)   not null,
    version        integer      not null,
    effective_from date         not null,
    effective_to   date,
    parameters     text         not null,
    source         varchar(1000) not null,
    constraint structure_rule_pack_version unique (province, version),
    constraint structure_rule_pack_period check (effective_to is null or effective_to >= effective_from)
);

-- The national layer: the one verified requirement (a woman in the leadership of people's
-- congresses, governments and CPPCCs, DOMAIN.md 9.B [V]) and inferred defaults ([I]) for the
-- rest, which DOMAIN.md 9.B lists as not found: confirm them with the customer.
insert into structure_rule_pack (id, province, version, effective_from, effective_to, parameters, source)
values ('00000000-0000-0000-0032-000000000001', '00', 1, date '2001-01-01', null,
'team.unit-types=PARTY_COMMITTEE,GOVERNMENT,PEOPLES_CONGRESS,CPPCC,DISCIPLINE_SUPERVISION,COURT,PROCURATORATE,WORKING_DEPARTMENT,TOWNSHIP
team.min-posts=3
women.min-count=1
women.unit-types=GOVERNMENT,PEOPLES_CONGRESS,CPPCC
younger.max-age=40
younger.min-count=0
age.under-45.min-percent=0
age.over-55.max-percent=100
education.university.min-percent=0
expertise.min-distinct=0
vacancies.max=99
statistics.reference-date=12-31',
'妇女发展纲要(2001-2010), 国家人权行动计划(2009-2010) [V]; 干部统计 统计时点 12月31日 [I] (DOMAIN.md 9.A.1, 9.B)');

-- Sichuan's layer [P]: a younger member (40 or under) in every team, no more than a third over
-- 55, at least a third under 45, half with university education, no vacant approved post, a
-- woman in party committees and townships too. Values in the spirit of the 2019-2023 plan's
-- "老中青相结合的梯次配备" (DOMAIN.md 9.B [V]); the figures themselves are the province's to set.
insert into structure_rule_pack (id, province, version, effective_from, effective_to, parameters, source)
values ('00000000-0000-0000-0032-000000000051', '51', 1, date '2019-01-01', null,
'women.unit-types=PARTY_COMMITTEE,GOVERNMENT,PEOPLES_CONGRESS,CPPCC,TOWNSHIP
younger.min-count=1
age.under-45.min-percent=30
age.over-55.max-percent=34
education.university.min-percent=50
expertise.min-distinct=2
vacancies.max=0',
'2019-2023年全国党政领导班子建设规划纲要 优化年龄结构 [V]; 四川省 班子结构目标 [P] (DOMAIN.md 9.B)');
