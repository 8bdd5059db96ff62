-- Images: an upload's original bytes (deduplicated by their SHA-256), or only the address an imported page
-- gave (source_url, bytes not fetched), with what the newsroom says about them.
create table image (
    id           uuid primary key,
    content_hash text unique,
    bytes        bytea,
    byte_size    integer,
    source_url   text,
    media_type   text,
    width        integer,
    height       integer,
    alt          text,
    caption      text,
    credit       text,
    -- where the picture's subject is, as fractions of its width and height: cover crops keep it in frame
    focal_x      double precision not null default 0.5 check (focal_x between 0 and 1),
    focal_y      double precision not null default 0.5 check (focal_y between 0 and 1),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      integer not null default 0,
    check (bytes is not null or source_url is not null),
    check ((bytes is null) = (content_hash is null))
);
-- an address imported twice is one image
create unique index image_source_url_idx on image (source_url) where bytes is null;

-- Articles show an image's alt, caption and credit where they do not set their own: a change to an image
-- changes the articles, so it moves the content version their cached representations are checked against.
create trigger image_changed after update or delete on image
    for each statement execute function bump_content_version();

-- Renditions made on request (see ImageRenditions), kept so that no replica renders one twice. The variant
-- names the parameters and the image state (bytes and focal point) it was rendered from.
create table image_rendition (
    image_id   uuid not null references image (id) on delete cascade,
    variant    text not null,
    media_type text not null,
    bytes      bytea not null,
    etag       text not null,
    created_at timestamptz not null default now(),
    primary key (image_id, variant)
);

-- An article's lead image: {"id", "sourceUrl", "alt", "caption", "credit"} as an image body block holds it.
alter table article add column lead_image jsonb;
