-- Selection cases behind the tenant wall (PostgreSQL only).
select zugong_tenant_wall('selection_case');
select zugong_tenant_wall('selection_candidate');
select zugong_tenant_wall('selection_meeting');
select zugong_tenant_wall('selection_vote');
select zugong_tenant_wall('selection_objection');
select zugong_tenant_wall('selection_gate_result');
