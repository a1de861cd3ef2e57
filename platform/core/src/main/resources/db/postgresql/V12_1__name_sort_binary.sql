-- The sort key must compare byte by byte: a language collation (en_US, zh_CN) ignores spaces on
-- its first level, and "chen hong" would sort after "cheng hong" again.
alter table cadre alter column name_sort type varchar(250) collate "C";
