create table speaker (
    id         bigint generated always as identity primary key,
    slug       text not null unique,
    name       text not null,
    role       text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

create table quote (
    id              uuid primary key,
    article_id      uuid not null references article (id) on delete cascade,
    speaker_id      bigint references speaker (id),
    text            text not null,
    partial         boolean not null,
    cue             text,
    role            text,
    paragraph       integer not null,
    start_offset    integer not null,
    end_offset      integer not null,
    position        integer not null,
    -- an editor's correction of speaker or role, kept when quotes are re-extracted
    corrected       boolean not null default false,
    hidden          boolean not null default false,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index quote_article_idx on quote (article_id, position);
create index quote_speaker_idx on quote (speaker_id);

create trigger speaker_changed after insert or update or delete on speaker
    for each statement execute function bump_content_version();
create trigger quote_changed after insert or update or delete on quote
    for each statement execute function bump_content_version();
