create table memo_note (
    id uuid primary key,
    tenant_id varchar(6) not null,
    text varchar(200) not null
);
