alter table memo_note add column cadre_id uuid;
update memo_note set text = concat('[old] ', text);
