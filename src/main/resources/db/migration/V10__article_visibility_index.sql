-- A search checks, for each of up to hundreds of matching quotes, that its article is published and
-- which section it is in. This index answers that without reading the (wide) article rows.
create index article_visibility_idx on article (id) include (status, section_id);
