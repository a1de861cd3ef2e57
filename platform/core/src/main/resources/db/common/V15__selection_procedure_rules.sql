-- Issue 14 item 9: the procedural rules of DOMAIN.md 4.3 and 5.5 read these facts of a case, and
-- the national rule pack gains the thresholds of the party standing, exceptional promotion (poge),
-- inspection notice and dual-management rules. selection_case is walled already (V6_1): new
-- columns need no policy of their own.

alter table selection_case add column inspection_from date;
alter table selection_case add column dual_manager varchar(200);
alter table selection_case add column dual_consulted_on date;
alter table selection_case add column dual_reply varchar(16);
alter table selection_case add column dual_replied_on date;

-- Version 2 of the national pack: version 1's thresholds and the new ones. It is in force from the
-- same day, since the 2014 regulation already held the poge limits and the party standing; the
-- highest version in force wins, so version 1 stays only as the record of what was seeded first.
-- Sources: basic qualifications 2014 article 8 / 2019 article 9; party standing 2019 article 9(7)
-- and party constitution articles 7 and 27 (county committee 3 years, prefecture and province 5);
-- poge 2019 article 11 (none within a year of a promotion); inspection notice 1 to 3 working days
-- before ([P], Zhejiang, DOMAIN.md 4.3); dual management: no reply within one month is consent
-- (DOMAIN.md 5.5).
insert into eligibility_rule_pack (id, province, version, effective_from, effective_to, parameters, source)
values ('00000000-0000-0000-0000-000000000002', '00', 2, date '2014-01-14', null,
'county.min-work-years=5
county.min-grassroots-years=2
grassroots.unit-types=TOWNSHIP
county-and-above.min-lower-posts=2
deputy-to-principal.min-years=2
lower-principal-to-upper-deputy.min-years=3
education.min=COLLEGE
education.min.bureau-and-above=UNIVERSITY
training.outcome=WARNING
health.min=FAIR
party-standing.min-years.county=3
party-standing.min-years.bureau-and-above=5
party-standing.unit-types=PARTY_COMMITTEE,DISCIPLINE_SUPERVISION
exceptional.min-years-since-promotion=1
inspection-notice.min-working-days=1
inspection-notice.max-working-days=3
dual-management.reply-months=1',
'党政领导干部选拔任用工作条例（2014年第八条、第十条；2019年第九条、第十一条）; 中国共产党章程 第七条、第二十七条; 考察预告 浙江省规定 [P]; DOMAIN.md 4.3, 5.1, 5.5');
