-- Notices that plugins leave for a county's users (SDK 1.1.0, Notices) and who has read them.
-- Valid on PostgreSQL and H2.

-- One notice of a plugin in a county. The plugin's own key names it: posting the same key again
-- replaces the text instead of adding a notice. The audience is a permission of the plugin with its
-- default roles, which hold it until the county grants it (plugin_grant). args: the message's
-- arguments as a JSON array of strings.
create table plugin_notice (
    tenant_id      varchar(6)   not null references tenant (code),
    id             uuid         not null,
    plugin_id      varchar(64)  not null,
    notice_key     varchar(200) not null,
    permission     varchar(100) not null,
    default_roles  varchar(500) not null,
    message_key    varchar(200) not null,
    args           text         not null,
    route          varchar(500),
    posted_at      timestamp    not null,
    primary key (tenant_id, id),
    constraint plugin_notice_key unique (tenant_id, plugin_id, notice_key)
);

-- The notices page lists a county's notices newest first.
create index plugin_notice_posted on plugin_notice (tenant_id, posted_at);

-- One user has read one notice; deleted with the notice, and when its text changes.
create table plugin_notice_read (
    tenant_id  varchar(6)   not null,
    notice_id  uuid         not null,
    username   varchar(100) not null,
    read_at    timestamp    not null,
    primary key (tenant_id, notice_id, username),
    constraint plugin_notice_read_notice foreign key (tenant_id, notice_id)
        references plugin_notice (tenant_id, id) on delete cascade
);
