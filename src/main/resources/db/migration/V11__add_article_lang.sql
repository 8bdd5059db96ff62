-- The language of an article (BCP 47, e.g. "en", "pt-BR"): declared by an imported page or detected from
-- its text; null where unknown (articles written before, or through the API without one).
alter table article add column lang varchar(35);
