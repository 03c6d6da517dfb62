-- The language the guardians are written to: Swedish unless the pupil's record says English.
alter table tillarbetslivet.pupil add column language varchar(2) not null default 'sv' check (language in ('sv', 'en'));
