-- Issue 21, items 1 and 3. The registry's facts replace what V1 had clerks type: gender, party
-- membership and education come from the cadre's file (SDK CadreCareers.profile), the 职数 a tier
-- backs from the platform's post quota (CadreCareers.quotas). The typed copies are dropped: the
-- file is the one source, and a member's later change (joining the party, a degree) shows at once.
-- Rows written under V1 keep every other column and read their facts from the registry from now on.
alter table reserve_candidate drop column woman;
alter table reserve_candidate drop column non_party;
alter table reserve_candidate drop column education;
alter table reserve_batch drop column posts;

-- DOMAIN 3.4 the pool's own life: 使用 (PROMOTED, with the selection case that appointed the
-- member) and 调整出库 (EXITED, with the reason); state_since is the day of either.
alter table reserve_candidate add column exit_reason varchar(30);
alter table reserve_candidate add column case_id uuid;
create index reserve_candidate_by_cadre on reserve_candidate (tenant_id, cadre_id, state);

-- DOMAIN 3.4 reviewed(年度/定期考核): one review of a member per year, with what it read (the
-- registry's assessment grade, the training module's standing, supervision facts) and its outcome.
create table reserve_review (
    tenant_id    varchar(6)   not null,
    id           uuid         not null,
    candidate_id uuid         not null,
    review_year  integer      not null,
    grade        varchar(30),
    training     varchar(200),
    measures     varchar(200),
    outcome      varchar(20)  not null,
    note         varchar(500),
    reviewed_on  date         not null,
    primary key (tenant_id, id),
    constraint reserve_review_once unique (tenant_id, candidate_id, review_year)
);

-- DOMAIN 3.3 ReserveDevelopmentPlan: training, 挂职, 轮岗, assistant posts, hard tasks of a member.
create table reserve_plan (
    tenant_id    varchar(6)   not null,
    id           uuid         not null,
    candidate_id uuid         not null,
    kind         varchar(20)  not null,
    description  varchar(200) not null,
    start_date   date         not null,
    end_date     date,
    outcome      varchar(500),
    primary key (tenant_id, id)
);
create index reserve_plan_by_candidate on reserve_plan (tenant_id, candidate_id);
