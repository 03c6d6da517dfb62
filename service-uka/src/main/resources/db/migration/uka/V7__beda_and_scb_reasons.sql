-- BEDA (UHR's grade database): each municipality's connection, and each check of a person.
create table uka.beda_connection (
    organisation_id bigint primary key,
    base_url        varchar(500) not null,
    api_key_cipher  varchar(2000) not null,   -- AES-256-GCM under sambruk.uka.secret-key (UkaSecrets)
    updated_by      varchar(100) not null,
    updated_at      timestamptz not null default now()
);

create table uka.beda_check (
    id              bigserial primary key,
    organisation_id bigint not null,
    person_id       bigint not null references uka.young_person (id) on delete cascade,
    checked_at      timestamptz not null default now(),
    checked_by      varchar(100) not null,
    outcome         varchar(20) not null,     -- EXAMEN, STUDIEBEVIS, OTHER, NOT_FOUND
    merit_type      varchar(60),              -- the merit BEDA named (HOGSKOLEFORBEREDANDE_EXAMEN, YRKESEXAMEN, STUDIEBEVIS, ...)
    awarded_on      date,
    programme       varchar(200)
);
create index beda_check_person on uka.beda_check (organisation_id, person_id, checked_at desc);

-- SCB asks per registration why the young person is covered (orsak till registrering, since
-- 1 July 2017) and whether the young person declined the first action offered (tackade nej).
alter table uka.coverage_period add column registration_reason varchar(40);
alter table uka.coverage_period add column declined_offer boolean not null default false;

insert into uka.code_seed (list, code, label) values
 ('REGISTRATION_REASON', 'GRUNDSKOLA', 'Har bara gått grundskolan eller motsvarande'),
 ('REGISTRATION_REASON', 'AVBROTT', 'Har avbrutit en utbildning i gymnasieskolan'),
 ('REGISTRATION_REASON', 'STUDIEBEVIS', 'Har gått ut gymnasieskolan med studiebevis'),
 ('REGISTRATION_REASON', 'ALDRIG_STUDERAT', 'Har aldrig studerat i Sverige (till exempel nyanländ)');

-- A studiebevis does not end coverage (skollagen 29 kap. 9 § since 1 July 2018): the seeded label said so wrongly.
update uka.code_seed set label = 'Har gymnasieexamen, gymnasiesärskolebevis eller motsvarande utbildning'
 where list = 'END_REASON' and code = 'EXAMEN' and label <> 'Har gymnasieexamen, gymnasiesärskolebevis eller motsvarande utbildning';
