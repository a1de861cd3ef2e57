create table note (
    id int primary key,
    tenant_id varchar(6) not null
);
