-- What a province's or city's department published to the tenants below it (SDK Publications):
-- one row per item of a plugin, kept after withdrawal (withdrawn_at). Valid on PostgreSQL and H2.
create table plugin_publication (
    tenant_id    varchar(6)    not null references tenant (code),
    id           uuid          not null,
    plugin_id    varchar(64)   not null,
    kind         varchar(64)   not null,
    item_key     varchar(100)  not null,
    content      varchar(8000) not null,
    published_at timestamp     not null,
    withdrawn_at timestamp,
    primary key (tenant_id, id),
    constraint plugin_publication_item unique (tenant_id, plugin_id, kind, item_key)
);
