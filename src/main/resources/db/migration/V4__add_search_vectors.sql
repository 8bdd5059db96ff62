-- Full-text search over articles and quotes. The vectors are generated columns, so they can never
-- disagree with the text they index. Weights: headline A, standfirst and "why we wrote this" B,
-- body C. 'english' stems words, so "flooding" finds "floods".
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', headline), 'A')
    || setweight(to_tsvector('english', coalesce(standfirst, '') || ' ' || coalesce(why_we_wrote_this, '')), 'B')
    || setweight(jsonb_to_tsvector('english', jsonb_path_query_array(body, '$[*].text'), '["string"]'), 'C')
) stored;
create index article_search_idx on article using gin (search_vector);

alter table quote add column search_vector tsvector generated always as (
    to_tsvector('english', text)
) stored;
create index quote_search_idx on quote using gin (search_vector);
