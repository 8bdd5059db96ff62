-- Plans of the list and search queries (as SearchRepository and ArticleRepository build them), for bench/scale.sh.
-- psql variables: rare (a rare word), section (a section slug).
\pset pager off
\echo '-- list, 500 pages deep (keyset on published_at, id)'
explain (analyze, costs off, timing on)
select a.id from article a where a.status = 'PUBLISHED'
  and (a.published_at, a.id) < (select published_at, id from article where status = 'PUBLISHED' order by published_at desc, id desc offset 10000 limit 1)
  order by a.published_at desc, a.id desc limit 21;
\echo '-- list, q=government'
explain (analyze, costs off, timing on)
select a.id from article a join section s on s.id = a.section_id where a.status = 'PUBLISHED'
  and cast(a.search_vector @@ websearch_to_tsquery('english', 'government') as boolean) = true
  order by a.published_at desc, a.id desc limit 21;
\echo '-- search: hits and facets in one statement, common word (government)'
explain (analyze, costs off, timing on)
with candidates as materialized (
  select 'article'::text as type, c.id, round(ts_rank_cd('{0.1,0.2,0.4,1.0}', c.search_vector, websearch_to_tsquery('english', 'government'))::numeric, 6) as score,
         c.section, c.section_name, c.speaker, c.speaker_name
  from (select a.id, a.search_vector, sec.slug as section, sec.name as section_name, null::text as speaker, null::text as speaker_name
        from article a join section sec on sec.id = a.section_id
        where a.status = 'PUBLISHED' and a.search_vector @@ websearch_to_tsquery('english', 'government')
        order by a.published_at desc, a.id desc limit 500) c
  union all
  select 'quote'::text, c.id, round(ts_rank_cd('{0.2,0.2,0.4,1.0}', c.search_vector, websearch_to_tsquery('english', 'government'))::numeric, 6),
         c.section, c.section_name, c.speaker, c.speaker_name
  from (select q.id, q.search_vector, sec.slug as section, sec.name as section_name, sp.slug as speaker, sp.name as speaker_name
        from quote q join article a on a.id = q.article_id join section sec on sec.id = a.section_id left join speaker sp on sp.id = q.speaker_id
        where a.status = 'PUBLISHED' and not q.hidden and q.search_vector @@ websearch_to_tsquery('english', 'government')
        limit 500) c),
page as (select type, id, score from candidates order by score desc, id desc limit 21)
select 'hit', type, id, score, null, null, null, null, row_number() over (order by score desc, id desc) from page
union all select 'facet', type, null, null, section, section_name, speaker, speaker_name, count(*) from candidates
group by type, section, section_name, speaker, speaker_name;
\echo '-- search hits, rare word'
explain (analyze, costs off, timing on)
select a.id, a.search_vector from article a join section sec on sec.id = a.section_id
  where a.status = 'PUBLISHED' and a.search_vector @@ websearch_to_tsquery('english', :'rare')
  order by a.published_at desc, a.id desc limit 500;
\echo '-- search, filters: article candidates for vaccine in one section over two years'
explain (analyze, costs off, timing on)
select a.id, a.search_vector from article a join section sec on sec.id = a.section_id
  where a.status = 'PUBLISHED' and a.section_id = (select id from section where slug = :'section')
  and a.published_at >= '2021-01-01' and a.published_at < '2023-01-01'
  and a.search_vector @@ websearch_to_tsquery('english', 'vaccine')
  order by a.published_at desc, a.id desc limit 500;
