-- The example plugin's own tables (prefix example_), each with tenant_id: the platform puts them
-- behind the tenant wall on PostgreSQL. Valid on PostgreSQL and H2.
create table example_hold (
    id         uuid         not null primary key,
    tenant_id  varchar(6)   not null,
    cadre_id   uuid         not null,
    reason     varchar(500) not null,
    held_at    timestamp    not null,
    constraint example_hold_cadre unique (tenant_id, cadre_id)
);

create table example_event (
    id           uuid         not null primary key,
    tenant_id    varchar(6)   not null,
    kind         varchar(40)  not null,
    cadre_id     uuid         not null,
    effective    date         not null,
    recorded_at  timestamp    not null
);
