-- Issue 22 item 4: a county's submitted annual cadre statistics (干部统计年报). Once submitted the
-- year's figures are frozen: stored here as the canonical text they were hashed from, so later
-- changes of the registry do not change them; the audit chain records the submission with the
-- same SHA-256. One submission per county and year. Valid on PostgreSQL and H2.
create table statistics_submission (
    tenant_id       varchar(6)   not null,
    id              uuid         not null,
    report_year     integer      not null,
    reference_date  date         not null,
    figures         text         not null,
    figures_sha256  varchar(64)  not null,
    submitted_by    varchar(100) not null,
    submitted_at    timestamp    not null,
    primary key (tenant_id, id),
    constraint statistics_submission_once unique (tenant_id, report_year)
);
