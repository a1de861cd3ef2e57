-- The database wall and search indexes for the cadre registry (PostgreSQL only).
select zugong_tenant_wall('cadre');
select zugong_tenant_wall('cadre_photo');
select zugong_tenant_wall('unit_position');
select zugong_tenant_wall('post_holding');
select zugong_tenant_wall('family_member');
select zugong_tenant_wall('assessment');
select zugong_tenant_wall('reward_punishment');
select zugong_tenant_wall('cadre_status_change');

-- Prefix search on pinyin and initials ("zhangs", "zs") inside one tenant.
create index cadre_tenant_pinyin_prefix on cadre (tenant_id, name_pinyin varchar_pattern_ops);
create index cadre_tenant_initials_prefix on cadre (tenant_id, name_initials varchar_pattern_ops);
