-- Editing: scheduled and (soft) deleted articles. A deleted article keeps its row, so the change
-- feed can still name it, but leaves every read, as all of them ask for status PUBLISHED.
alter table article drop constraint article_status_check;
alter table article add constraint article_status_check
    check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'DELETED'));
alter table article add column deleted_at timestamptz;
create index article_scheduled_idx on article (published_at) where status = 'SCHEDULED';

-- Slugs an article had before its headline changed: they answer 301 to the current one.
create table article_slug (
    slug       text primary key,
    article_id uuid not null references article (id) on delete cascade,
    created_at timestamptz not null default now()
);
create trigger article_slug_changed after insert or update or delete on article_slug
    for each statement execute function bump_content_version();

-- API keys made through /keys; only the SHA-256 of a key is stored.
create table api_key (
    id         uuid primary key,
    name       text,
    role       text not null check (role in ('reader', 'editor', 'admin')),
    hash       text not null unique,
    created_at timestamptz not null default now()
);

-- The change log behind /changes and webhooks, appended in the transaction of every write.
-- Appending first locks the content_state row (held to commit), so seq follows commit order.
create table change_event (
    seq        bigint generated always as identity primary key,
    type       text not null check (type in ('created', 'updated', 'published', 'unpublished', 'deleted')),
    entity     text not null check (entity in ('article', 'quote')),
    entity_id  uuid not null,
    article_id uuid not null,
    slug       text,
    public     boolean not null,
    at         timestamptz not null
);
create index change_event_public_idx on change_event (seq) where public;
