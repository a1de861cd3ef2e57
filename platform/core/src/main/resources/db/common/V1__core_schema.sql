-- Core schema, valid on PostgreSQL and on H2 (the run command's default).
-- Every key and index of a tenant table starts with tenant_id (ARCHITECTURE.md, Tenancy).

create table tenant (
    code        varchar(6)   not null primary key,
    parent_code varchar(6)   references tenant (code),
    path        varchar(64)  not null unique,
    name_zh     varchar(100) not null,
    name_en     varchar(100) not null
);

create table org_unit (
    tenant_id       varchar(6)   not null references tenant (code),
    id              uuid         not null,
    name            varchar(100) not null,
    unit_type       varchar(32)  not null,
    parent_id       uuid,
    principal_posts integer      not null default 0 check (principal_posts between 0 and 99),
    deputy_posts    integer      not null default 0 check (deputy_posts between 0 and 99),
    version         bigint       not null default 0,
    primary key (tenant_id, id),
    constraint org_unit_parent foreign key (tenant_id, parent_id) references org_unit (tenant_id, id),
    constraint org_unit_name unique (tenant_id, parent_id, name)
);

create index org_unit_tenant_parent on org_unit (tenant_id, parent_id);

create table tenant_plugin (
    tenant_id  varchar(6)   not null references tenant (code),
    id         uuid         not null,
    plugin_id  varchar(64)  not null,
    enabled    boolean      not null,
    changed_by varchar(100) not null,
    changed_at timestamp with time zone not null,
    primary key (tenant_id, id),
    constraint tenant_plugin_plugin unique (tenant_id, plugin_id)
);
