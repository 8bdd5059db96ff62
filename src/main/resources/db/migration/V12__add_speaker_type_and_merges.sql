-- Speakers as the people they are: what a speaker is, where they are from, the surname a person is filed under
-- (to find the same person named another way in another article), and the speaker an editor merged them into
-- (whose quotes now go there, extracted again or not).
alter table speaker add column type text not null default 'person'
    check (type in ('person', 'organisation', 'group', 'unknown'));
alter table speaker add column affiliation text;
alter table speaker add column family_name text;
alter table speaker add column merged_into bigint references speaker (id);
update speaker set family_name = lower(regexp_replace(name, '^.* ', ''));
create index speaker_family_name_idx on speaker (family_name) where merged_into is null;
