-- A course a department above (province, city) published and the county took into its catalogue:
-- source_ref is "<publisher's tenant>/<the publisher's course id>", once per county. Null for the
-- county's own courses. Valid on PostgreSQL and H2 (several nulls are allowed in a unique key).
alter table training_course add column source_ref varchar(120);
alter table training_course add constraint training_course_source unique (tenant_id, source_ref);
