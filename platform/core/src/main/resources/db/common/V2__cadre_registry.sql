-- The cadre registry (DOMAIN.md sections 0, 6, 7): cadres and everything their approval form
-- holds, positions and the post quota (zhishu) of units. Valid on PostgreSQL and H2.
-- Every key and index starts with tenant_id; a cadre's parts reference it by (tenant_id, cadre_id).

-- The unit's rank (jigou guige) fixes the level of its principal and deputy posts.
alter table org_unit add column unit_rank varchar(24);

create table cadre (
    tenant_id            varchar(6)   not null references tenant (code),
    id                   uuid         not null,
    name                 varchar(50)  not null,
    name_pinyin          varchar(200) not null,
    name_initials        varchar(50)  not null,
    gender               varchar(8)   not null,
    birth_date           date         not null,
    birth_day_known      boolean      not null default false,
    ethnicity            varchar(20)  not null,
    native_place         varchar(100),
    birth_place          varchar(100),
    growth_place         varchar(100),
    id_number            varchar(18),
    political_status     varchar(24)  not null,
    party_joined         varchar(40),
    work_started         varchar(8),
    health               varchar(16),
    professional_title   varchar(100),
    expertise            varchar(200),
    ft_level             varchar(24),
    ft_degree            varchar(50),
    ft_level_school      varchar(200),
    ft_degree_school     varchar(200),
    is_level             varchar(24),
    is_degree            varchar(50),
    is_level_school      varchar(200),
    is_degree_school     varchar(200),
    unit_id              uuid,
    current_post         varchar(200),
    post_level           varchar(24),
    level_since          date,
    civil_rank           varchar(32),
    rank_since           date,
    management_authority varchar(24)  not null,
    status               varchar(24)  not null,
    status_since         date         not null,
    resume               text,
    resume_edited        boolean      not null default false,
    proposed_post        varchar(200),
    proposed_removal     varchar(200),
    appointment_reason   varchar(500),
    reporting_unit       varchar(200),
    interchange_extra    text,
    version              bigint       not null default 0,
    primary key (tenant_id, id),
    constraint cadre_id_number unique (tenant_id, id_number),
    constraint cadre_unit foreign key (tenant_id, unit_id) references org_unit (tenant_id, id)
);

create index cadre_tenant_pinyin on cadre (tenant_id, name_pinyin);
create index cadre_tenant_initials on cadre (tenant_id, name_initials);
create index cadre_tenant_unit on cadre (tenant_id, unit_id);
create index cadre_tenant_birth on cadre (tenant_id, birth_date);
create index cadre_tenant_level on cadre (tenant_id, post_level);

create table cadre_photo (
    tenant_id  varchar(6)  not null,
    cadre_id   uuid        not null,
    media_type varchar(32) not null,
    content    bytea       not null,
    primary key (tenant_id, cadre_id),
    constraint cadre_photo_cadre foreign key (tenant_id, cadre_id) references cadre (tenant_id, id) on delete cascade
);

create table unit_position (
    tenant_id  varchar(6)   not null,
    id         uuid         not null,
    unit_id    uuid         not null,
    title      varchar(100) not null,
    post_level varchar(24)  not null,
    principal  boolean      not null,
    key_post   boolean      not null default false,
    selection  varchar(16)  not null,
    sort_order integer      not null default 0,
    primary key (tenant_id, id),
    constraint unit_position_unit foreign key (tenant_id, unit_id) references org_unit (tenant_id, id)
);

create table post_holding (
    tenant_id       varchar(6)   not null,
    id              uuid         not null,
    cadre_id        uuid         not null,
    position_id     uuid,
    unit_id         uuid,
    unit_name       varchar(200) not null,
    title           varchar(100) not null,
    post_level      varchar(24),
    principal       boolean      not null default false,
    main_post       boolean      not null default true,
    start_date      date         not null,
    end_date        date,
    method          varchar(16),
    document_no     varchar(100),
    end_document_no varchar(100),
    trial           boolean      not null default false,
    term_number     integer,
    primary key (tenant_id, id),
    constraint post_holding_cadre foreign key (tenant_id, cadre_id) references cadre (tenant_id, id) on delete cascade,
    constraint post_holding_position foreign key (tenant_id, position_id) references unit_position (tenant_id, id),
    constraint post_holding_dates check (end_date is null or end_date >= start_date)
);

create index unit_position_unit on unit_position (tenant_id, unit_id, sort_order);

create index post_holding_cadre on post_holding (tenant_id, cadre_id, start_date);
create index post_holding_unit_current on post_holding (tenant_id, unit_id, end_date);

create table family_member (
    tenant_id        varchar(6)   not null,
    id               uuid         not null,
    cadre_id         uuid         not null,
    sort_order       integer      not null,
    relation         varchar(20)  not null,
    kinship_class    varchar(24)  not null,
    name             varchar(50)  not null,
    birth            varchar(8),
    political_status varchar(40),
    work_unit_post   varchar(200),
    primary key (tenant_id, id),
    constraint family_member_cadre foreign key (tenant_id, cadre_id) references cadre (tenant_id, id) on delete cascade
);

create index family_member_cadre on family_member (tenant_id, cadre_id, sort_order);

create table assessment (
    tenant_id varchar(6)   not null,
    id        uuid         not null,
    cadre_id  uuid         not null,
    assessment_year integer    not null,
    grade     varchar(24)  not null,
    note      varchar(200),
    primary key (tenant_id, id),
    constraint assessment_cadre foreign key (tenant_id, cadre_id) references cadre (tenant_id, id) on delete cascade,
    constraint assessment_year unique (tenant_id, cadre_id, assessment_year)
);

create table reward_punishment (
    tenant_id   varchar(6)   not null,
    id          uuid         not null,
    cadre_id    uuid         not null,
    kind        varchar(12)  not null,
    decided_on  date         not null,
    title       varchar(200) not null,
    issuer      varchar(100),
    document_no varchar(100),
    primary key (tenant_id, id),
    constraint reward_punishment_cadre foreign key (tenant_id, cadre_id) references cadre (tenant_id, id) on delete cascade
);

create index reward_punishment_cadre on reward_punishment (tenant_id, cadre_id, decided_on);

create table cadre_status_change (
    tenant_id      varchar(6)   not null,
    id             uuid         not null,
    cadre_id       uuid         not null,
    status         varchar(24)  not null,
    effective_date date         not null,
    note           varchar(200),
    primary key (tenant_id, id),
    constraint cadre_status_change_cadre foreign key (tenant_id, cadre_id) references cadre (tenant_id, id) on delete cascade
);

create index cadre_status_change_cadre on cadre_status_change (tenant_id, cadre_id, effective_date);
