-- The SCB report: a period is SCB's half-year (first: 1 January-30 June, second: 1 July-31 December).
-- When a caseworker freezes the period, the three files are stored with it and never rebuilt:
-- SCB's file (codes), and the same rows readable as CSV and XLSX.
alter table uka.report_period add column export_scb bytea;
alter table uka.report_period add column frozen_rows integer;
alter table uka.report_period add column created_by varchar(100);
alter table uka.report_period add column created_at timestamptz not null default now();
create index report_period_org on uka.report_period (organisation_id, start_date desc);

-- Indexes the report's queries over a half-year use.
create index coverage_period_dates on uka.coverage_period (organisation_id, start_date, end_date);
create index action_dates on uka.action (organisation_id, start_date, end_date);

-- The code lists as Skolverket and SCB describe the collection (see docs/services/uka.md for the sources):
-- a gymnasieexamen ends coverage, a studiebevis does not (since 1 July 2018); starting any programme of
-- upper secondary school, introductory programmes included, ends it too.
update uka.code_seed set label = 'Har gymnasieexamen, gymnasiesärskolebevis eller motsvarande utbildning'
 where list = 'END_REASON' and code = 'EXAMEN';
update uka.code_seed set label = 'Började i gymnasieskolan eller anpassade gymnasieskolan'
 where list = 'END_REASON' and code = 'NATIONELLT_PROGRAM';
insert into uka.code_seed (list, code, label) values
 ('ACTION_CATEGORY', 'KOMVUX_GRUND', 'Studier på komvux grundläggande nivå eller sfi'),
 ('ACTION_CATEGORY', 'FOLKHOGSKOLA', 'Studier på folkhögskola'),
 ('ACTION_END_REASON', 'TACKADE_NEJ', 'Ungdomen tackade nej'),
 ('CONTACT_WAY', 'UTSKICK', 'Utskick med erbjudande om hjälp')
on conflict do nothing;
