-- Ballots (minzhu tuijian / minzhu ceping, issue 18): a session per recommendation or evaluation,
-- the names on its ballot, its one-time codes, the ballots cast and the paper tallies.
--
-- Anonymity is a property of the schema: a ballot row has a random id, no reference to a code, no
-- sequence and no time, so nothing stored joins a ballot to the code that cast it; a code row holds
-- only a keyed hash (HMAC-SHA-256) of the code and whether it was used, never the code itself nor
-- when it was used. Every key of a tenant table starts with tenant_id.

create table ballot_session (
    tenant_id      varchar(6)   not null references tenant (code),
    id             uuid         not null,
    kind           varchar(16)  not null,
    title          varchar(200) not null,
    case_id        uuid,
    purpose        varchar(100),
    expected       integer      not null,
    max_marks      integer      not null,
    opens_at       timestamp with time zone not null,
    closes_at      timestamp with time zone not null,
    state          varchar(8)   not null,
    codes_issued   integer      not null default 0,
    created_by     varchar(100) not null,
    closed_on      date,
    applied        boolean      not null default false,
    version        integer      not null default 0,
    primary key (tenant_id, id),
    constraint ballot_session_kind check (kind in ('RECOMMENDATION', 'EVALUATION')),
    constraint ballot_session_state check (state in ('DRAFT', 'OPEN', 'CLOSED')),
    constraint ballot_session_expected check (expected between 1 and 2000),
    constraint ballot_session_case foreign key (tenant_id, case_id) references selection_case (tenant_id, id)
);
create index ballot_session_case on ballot_session (tenant_id, case_id);

create table ballot_nominee (
    tenant_id  varchar(6)   not null,
    session_id uuid         not null,
    place      integer      not null,
    cadre_id   uuid,
    name       varchar(100) not null,
    primary key (tenant_id, session_id, place),
    constraint ballot_nominee_session foreign key (tenant_id, session_id) references ballot_session (tenant_id, id)
);

create table ballot_code (
    tenant_id  varchar(6)  not null,
    session_id uuid        not null,
    code_hash  varchar(64) not null,
    used       boolean     not null default false,
    primary key (tenant_id, session_id, code_hash),
    constraint ballot_code_session foreign key (tenant_id, session_id) references ballot_session (tenant_id, id)
);

-- The one table the public ballot page reads before it knows the county: which county and
-- session a code hash belongs to. No row-level security on purpose (a participant has no
-- tenancy); it holds nothing but the hash and these two ids.
create table ballot_code_lookup (
    code_hash  varchar(64) not null primary key,
    tenant_id  varchar(6)  not null references tenant (code),
    session_id uuid        not null
);

create table ballot_cast (
    tenant_id  varchar(6)    not null,
    id         uuid          not null,
    session_id uuid          not null,
    validity   varchar(8)    not null,
    marks      varchar(2000) not null,
    primary key (tenant_id, id),
    constraint ballot_cast_validity check (validity in ('VALID', 'INVALID', 'BLANK')),
    constraint ballot_cast_session foreign key (tenant_id, session_id) references ballot_session (tenant_id, id)
);
create index ballot_cast_session on ballot_cast (tenant_id, session_id);

-- Paper ballots: the tallies typed in by a clerk (entry 1) and again by a second officer (entry 2).
create table ballot_paper_entry (
    tenant_id  varchar(6)    not null,
    session_id uuid          not null,
    entry      integer       not null,
    clerk      varchar(100)  not null,
    cast_count integer       not null,
    invalid    integer       not null,
    blank      integer       not null,
    counts     varchar(4000) not null,
    primary key (tenant_id, session_id, entry),
    constraint ballot_paper_entry_no check (entry in (1, 2)),
    constraint ballot_paper_session foreign key (tenant_id, session_id) references ballot_session (tenant_id, id)
);

-- The key of the codes' keyed hash, made once by the portal (unless zugong.ballot.code-key is set).
create table ballot_secret (
    id     integer     not null primary key,
    secret varchar(64) not null
);
