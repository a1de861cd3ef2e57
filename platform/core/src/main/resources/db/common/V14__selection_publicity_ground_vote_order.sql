-- Going without the pre-appointment publicity is allowed only on the grounds of the regulation
-- (DOMAIN 4.1): a special post, a cadre already publicized at the general election's inspection,
-- or an appointment that is no promotion. The ground is recorded as a code beside the explanation
-- (publicity_skipped); cases skipped before this column keep their free-text reason only.
alter table selection_case add column publicity_skip_ground varchar(32);

-- The members' opinions of a decision meeting in the order they were entered (the record prints
-- the members in that order); votes recorded before this column have none and come first.
alter table selection_vote add column vote_order integer;
