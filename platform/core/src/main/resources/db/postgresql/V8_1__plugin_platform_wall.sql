-- The counties' plugin grants and rule overrides behind the tenant wall (PostgreSQL only). The
-- installed plugins, offers, vendor keys and settings are platform data without a tenant.
select zugong_tenant_wall('plugin_grant');
select zugong_tenant_wall('plugin_rule_override');
