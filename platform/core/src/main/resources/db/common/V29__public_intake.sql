-- The public reporting page (issue 20): which county, plugin and record a receipt code answers for,
-- and which submission key made it (a second submission with the key gets the same receipt). Both
-- are keyed hashes; the code itself is never stored. Read before the page knows the county, like
-- ballot_code_lookup: outside the tenant wall on purpose, holding nothing a sender wrote (the report
-- lives in the plugin's tables, behind the wall).
create table public_receipt (
    code_hash  varchar(64) not null primary key,
    key_hash   varchar(64) not null,
    tenant_id  varchar(6)  not null references tenant (code),
    plugin_id  varchar(64) not null,
    kind       varchar(64) not null,
    reference  varchar(64) not null,
    created_at timestamp with time zone not null,
    constraint public_receipt_key unique (key_hash)
);
create index public_receipt_tenant on public_receipt (tenant_id);

-- The key that signs the page's challenges and derives receipt codes, made once by the portal
-- (unless zugong.intake.key is set).
create table public_intake_secret (
    id     integer     not null primary key,
    secret varchar(64) not null
);
