-- Two additions (valid on PostgreSQL and H2):
--
-- cadre.name_sort: the name's pinyin syllables separated by a space ("chen hong"), so that names
-- sort syllable by syllable (chen before cheng); name_pinyin stays the search key ("chenhong").
-- V12_2 computes it for the rows that exist; the portal keeps it from then on.
--
-- audit_event.session_hash and client_address: where an event came from (a hash of the HTTP
-- session id, never the id itself, and the client's address), so that two sessions of one user
-- can be told apart. Both are part of the hash of new links; old links have neither and keep
-- their hash (see ChainHash).

alter table cadre add column name_sort varchar(250) default '' not null;
create index cadre_tenant_name_sort on cadre (tenant_id, name_sort);

alter table audit_event add column session_hash varchar(64);
alter table audit_event add column client_address varchar(64);
