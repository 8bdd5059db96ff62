-- Imports are idempotent: the hash of a page's normalised text identifies it, enforced here so
-- that two identical imports racing each other still yield one article.
alter table article add column content_hash text;
create unique index article_content_hash_idx on article (content_hash) where content_hash is not null;
