-- Exchange marks of selection cases behind the tenant wall (PostgreSQL only), like the other selection tables.
select zugong_tenant_wall('selection_exchange');
