-- Reports from the portal's public reporting page (issue 20, items 2 and 3). The report itself is a
-- row of supervision_report (channel WEB, status RECEIVED); these tables keep what only the public
-- channel brings: the selection case and objection of a candidate under publicity, and the files
-- (checked by the platform by their content: PDF, JPEG, PNG), kept as data, offered only as downloads.
create table supervision_public_report (
    tenant_id    varchar(6)  not null,
    report_id    uuid        not null,
    case_id      uuid,
    objection_id uuid,
    candidate    varchar(100),
    created_at   timestamp with time zone not null,
    primary key (tenant_id, report_id),
    constraint supervision_public_report_report foreign key (tenant_id, report_id)
        references supervision_report (tenant_id, id)
);

create table supervision_report_file (
    tenant_id  varchar(6)   not null,
    id         uuid         not null,
    report_id  uuid         not null,
    file_name  varchar(100) not null,
    media_type varchar(40)  not null,
    size_bytes integer      not null,
    content    bytea        not null,
    primary key (tenant_id, id),
    constraint supervision_report_file_report foreign key (tenant_id, report_id)
        references supervision_report (tenant_id, id)
);
create index supervision_report_file_report on supervision_report_file (tenant_id, report_id);
