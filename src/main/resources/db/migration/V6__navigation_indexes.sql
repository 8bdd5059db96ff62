-- Related articles are found through what they share with an article (tags, speakers), reading
-- only the few links nearest to it in publication time. For that, the link rows carry a copy of
-- their article's publication time, kept by triggers. Whether a candidate is published is still
-- checked on the article row itself, so unpublishing or deleting takes effect at once.
alter table article_tag add column published_at timestamptz;
alter table quote add column published_at timestamptz;

create function copy_article_published_at() returns trigger language plpgsql as $$
begin
    new.published_at := (select published_at from article where id = new.article_id);
    return new;
end $$;

create trigger article_tag_published_at before insert or update of article_id on article_tag
    for each row execute function copy_article_published_at();
create trigger quote_published_at before insert or update of article_id on quote
    for each row execute function copy_article_published_at();

create function spread_article_published_at() returns trigger language plpgsql as $$
begin
    update article_tag set published_at = new.published_at where article_id = new.id;
    update quote set published_at = new.published_at where article_id = new.id;
    return null;
end $$;

create trigger article_published_at_changed after update of published_at on article
    for each row when (old.published_at is distinct from new.published_at)
    execute function spread_article_published_at();

update article_tag t set published_at = a.published_at from article a where a.id = t.article_id;
update quote q set published_at = a.published_at from article a where a.id = q.article_id;

create index article_tag_published_idx on article_tag (tag_id, published_at, article_id) where published_at is not null;
create index quote_speaker_published_idx on quote (speaker_id, published_at, article_id)
    where published_at is not null and not hidden;
