-- The plugin platform (issue 5): installed plugins and their lifecycle, the vendor keys that sign
-- them, the platform's settings, which tenants are offered which plugin, the permissions a county
-- grants to its roles, and the county overrides of plugin rule packs. Valid on PostgreSQL and H2.

-- One installed (or uninstalled, data kept) plugin. Platform data: no tenant.
create table platform_plugin (
    plugin_id       varchar(64)   not null primary key,
    version         varchar(40)   not null,
    state           varchar(12)   not null check (state in ('ENABLED', 'DISABLED', 'FAILED', 'UNINSTALLED')),
    message         varchar(2000),
    provider        varchar(200),
    requires        varchar(100),
    dependencies    varchar(500),
    permissions     varchar(1000) not null default '',
    data_access     varchar(1000) not null default '',
    jar_file        varchar(255),
    sha256          varchar(64),
    signer          varchar(300),
    offered_to_all  boolean       not null default false,
    installed_by    varchar(100)  not null,
    installed_at    timestamp     not null,
    changed_by      varchar(100)  not null,
    changed_at      timestamp     not null,
    exported_at     timestamp
);

-- The tenants a plugin is offered to (besides all of them, when offered_to_all).
create table plugin_offer (
    plugin_id  varchar(64) not null,
    tenant_id  varchar(6)  not null references tenant (code),
    primary key (plugin_id, tenant_id)
);

-- The certificates whose signatures make a plugin jar acceptable; managed by the platform-secadmin.
create table plugin_vendor_key (
    fingerprint  varchar(64)   not null primary key,
    subject      varchar(500)  not null,
    certificate  text          not null,
    added_by     varchar(100)  not null,
    added_at     timestamp     not null
);

-- Platform-wide settings (such as plugin.allow-unsigned), each change audited.
create table platform_setting (
    setting_key   varchar(100)  not null primary key,
    setting_value varchar(1000) not null,
    changed_by    varchar(100)  not null,
    changed_at    timestamp     not null
);

-- A plugin permission a county grants to one of its roles (replacing the plugin's default roles).
create table plugin_grant (
    tenant_id   varchar(6)   not null references tenant (code),
    id          uuid         not null,
    plugin_id   varchar(64)  not null,
    permission  varchar(100) not null,
    role_name   varchar(64)  not null,
    primary key (tenant_id, id),
    constraint plugin_grant_unique unique (tenant_id, permission, role_name)
);

-- A county's own value of one key of a plugin's rule pack.
create table plugin_rule_override (
    tenant_id   varchar(6)    not null references tenant (code),
    id          uuid          not null,
    pack_id     varchar(100)  not null,
    rule_key    varchar(100)  not null,
    rule_value  varchar(1000) not null,
    changed_by  varchar(100)  not null,
    changed_at  timestamp     not null,
    primary key (tenant_id, id),
    constraint plugin_rule_override_unique unique (tenant_id, pack_id, rule_key)
);
