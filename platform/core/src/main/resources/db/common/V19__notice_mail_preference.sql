-- Who of a county's staff also receives the county's notices by e-mail (when SMTP is configured).
-- Valid on PostgreSQL and H2.

-- One user's choice in their county. The address and the roles are those of the user's token when
-- they last switched the choice or opened the notices page: the portal keeps no user directory, and
-- roles come from Keycloak, so a notice is mailed to those whose recorded roles hold its audience.
-- language: zh or en, the language the mails are written in.
create table notice_mail_preference (
    tenant_id   varchar(6)   not null references tenant (code),
    username    varchar(100) not null,
    enabled     boolean      not null,
    email       varchar(320) not null,
    language    varchar(8)   not null,
    roles       varchar(500) not null,
    updated_at  timestamp    not null,
    primary key (tenant_id, username)
);
