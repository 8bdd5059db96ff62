-- Sitemaps count the published articles of each month and take their latest change: an index holding both
-- times answers that from the index alone, month by month, instead of reading every (wide) article row.
create index article_sitemap_idx on article (published_at) include (updated_at) where status = 'PUBLISHED';
