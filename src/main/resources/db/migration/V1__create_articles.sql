create table section (
    id   bigint generated always as identity primary key,
    slug text not null unique,
    name text not null
);

create table tag (
    id   bigint generated always as identity primary key,
    slug text not null unique,
    name text not null
);

create table author (
    id   bigint generated always as identity primary key,
    slug text not null unique,
    name text not null
);

create table article (
    id                uuid primary key,
    slug              text not null unique,
    section_id        bigint not null references section (id),
    headline          text not null,
    standfirst        text,
    why_we_wrote_this text,
    body              jsonb not null,
    word_count        integer not null,
    status            text not null check (status in ('DRAFT', 'PUBLISHED')),
    published_at      timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    version           integer not null default 0,
    check (status <> 'PUBLISHED' or published_at is not null)
);

-- Keyset paging, newest first, over published articles: globally and within a section.
create index article_published_idx on article (published_at desc, id desc) where status = 'PUBLISHED';
create index article_section_published_idx on article (section_id, published_at desc, id desc) where status = 'PUBLISHED';

create table article_tag (
    article_id uuid   not null references article (id) on delete cascade,
    tag_id     bigint not null references tag (id),
    position   integer not null,
    primary key (article_id, tag_id)
);
create index article_tag_tag_idx on article_tag (tag_id);

create table article_author (
    article_id uuid   not null references article (id) on delete cascade,
    author_id  bigint not null references author (id),
    position   integer not null,
    primary key (article_id, author_id)
);

-- A counter bumped in the same transaction as any content change, so that every replica can
-- tell cheaply whether its cached representations are still current.
create table content_state (
    id      boolean primary key default true check (id),
    version    bigint      not null,
    changed_at timestamptz not null
);
insert into content_state (version, changed_at) values (1, now());

create function bump_content_version() returns trigger language plpgsql as $$
begin
    update content_state set version = version + 1, changed_at = clock_timestamp();
    return null;
end $$;

create trigger article_changed after insert or update or delete on article
    for each statement execute function bump_content_version();
create trigger article_tag_changed after insert or update or delete on article_tag
    for each statement execute function bump_content_version();
create trigger article_author_changed after insert or update or delete on article_author
    for each statement execute function bump_content_version();
create trigger section_changed after insert or update or delete on section
    for each statement execute function bump_content_version();
create trigger tag_changed after insert or update or delete on tag
    for each statement execute function bump_content_version();
