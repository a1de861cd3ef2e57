-- V-E1 reads the growth place (成长地), which the national form does not carry and the registry keeps
-- as free text: staff confirm it (DOMAIN 2.6, data requirement). A confirmation holds the place as it
-- read when confirmed; a changed place counts as unconfirmed again.
create table rotation_growth_place (
    tenant_id     varchar(6)   not null,
    id            uuid         not null,
    cadre_id      uuid         not null,
    place         varchar(100) not null,
    confirmed_on  date         not null,
    primary key (tenant_id, id),
    constraint rotation_growth_place_once unique (tenant_id, cadre_id)
);
