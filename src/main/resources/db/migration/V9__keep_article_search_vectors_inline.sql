-- A search for a common word reads the vectors of hundreds of the newest matching articles. Stored out
-- of line (PostgreSQL's default for a row over 2 kB), each read is a TOAST index lookup and two chunk
-- fetches, which made that part of a search 2.7 times slower at 100,000 articles. Rows up to a page
-- (8,160 bytes) now stay whole, with the vector uncompressed in the row where it fits; a longer body
-- still moves out of line first.
--
-- This applies to rows written from now on. Rewriting an existing archive here could outlast the
-- startup probe, so it is left to the operator: VACUUM FULL article (see the README, Upgrading).
alter table article set (toast_tuple_target = 8160);
alter table article alter column search_vector set storage main;
