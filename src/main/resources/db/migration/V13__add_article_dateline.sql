-- Where a story was reported from ("Tartu, Estonia"), as an imported page's dateline gives it or an editor writes it.
alter table article add column dateline text;
