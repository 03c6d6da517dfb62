create schema if not exists uka;

-- UKA: the municipality's register of young people under the activity responsibility (KAA).
-- Every row of personal data carries the organisation (the municipality) it belongs to.

create table uka.young_person (
    id                      bigserial primary key,
    organisation_id         bigint not null,
    personnummer            varchar(12) not null,           -- 12 digits, validated by the core's PersonalIdentityNumber
    name                    varchar(200) not null,
    phone                   varchar(40),
    email                   varchar(200),
    address                 varchar(300),
    guardians               varchar(1000),                  -- names and contact details of guardians (for minors)
    caseworker              varchar(100),                   -- username of the caseworker responsible
    registered_here         boolean not null default true,  -- folkbokförd in the municipality
    compulsory_school_done  boolean not null default true,  -- has finished compulsory school or equivalent
    programme_status        varchar(20) not null default 'NONE', -- NONE, ATTENDING, COMPLETED (national programme)
    covered                 boolean not null default false, -- as last computed by the coverage rules
    coverage_changed_on     date,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    unique (organisation_id, personnummer)
);
create index young_person_caseworker on uka.young_person (organisation_id, caseworker);

-- When a person was covered, why, and why it ended.
create table uka.coverage_period (
    id              bigserial primary key,
    organisation_id bigint not null,
    person_id       bigint not null references uka.young_person (id) on delete cascade,
    start_date      date not null,
    end_date        date,
    reason          varchar(300) not null,
    end_reason      varchar(40),                              -- code from the END_REASON list
    check (end_date is null or end_date >= start_date)
);
create index coverage_period_person on uka.coverage_period (organisation_id, person_id);

-- Contact log: date, way (code from CONTACT_WAY), by whom, outcome.
create table uka.contact (
    id              bigserial primary key,
    organisation_id bigint not null,
    person_id       bigint not null references uka.young_person (id) on delete cascade,
    contact_date    date not null,
    way             varchar(40) not null,
    by_whom         varchar(100) not null,
    reached         boolean not null,
    outcome         varchar(2000),
    created_at      timestamptz not null default now()
);
create index contact_person_date on uka.contact (organisation_id, person_id, contact_date desc);

-- The individual plan: one per person, with its goal.
create table uka.plan (
    person_id       bigint primary key references uka.young_person (id) on delete cascade,
    organisation_id bigint not null,
    goal            varchar(2000) not null,
    updated_at      timestamptz not null default now()
);

-- Actions (åtgärder): category (code from ACTION_CATEGORY), start, end, responsible, end reason.
create table uka.action (
    id              bigserial primary key,
    organisation_id bigint not null,
    person_id       bigint not null references uka.young_person (id) on delete cascade,
    category        varchar(40) not null,
    start_date      date not null,
    end_date        date,
    responsible     varchar(200) not null,
    end_reason      varchar(40),
    created_at      timestamptz not null default now()
);
create index action_person on uka.action (organisation_id, person_id);

create table uka.follow_up (
    id              bigserial primary key,
    organisation_id bigint not null,
    person_id       bigint not null references uka.young_person (id) on delete cascade,
    due_date        date not null,
    note            varchar(500),
    done_at         timestamptz
);
create index follow_up_due on uka.follow_up (organisation_id, due_date) where done_at is null;

-- The code lists SCB's collection uses, kept as data per municipality: seeded from uka.code_seed
-- on first use, then editable by the municipality's UKA caseworkers.
create table uka.code_seed (
    list  varchar(30) not null,
    code  varchar(40) not null,
    label varchar(200) not null,
    primary key (list, code)
);
create table uka.code (
    organisation_id bigint not null,
    list            varchar(30) not null,
    code            varchar(40) not null,
    label           varchar(200) not null,
    active          boolean not null default true,
    primary key (organisation_id, list, code)
);

insert into uka.code_seed (list, code, label) values
 ('CONTACT_WAY', 'TELEFON', 'Telefon'),
 ('CONTACT_WAY', 'SMS', 'Sms'),
 ('CONTACT_WAY', 'BREV', 'Brev'),
 ('CONTACT_WAY', 'EPOST', 'E-post'),
 ('CONTACT_WAY', 'MOTE', 'Möte'),
 ('CONTACT_WAY', 'HEMBESOK', 'Hembesök'),
 ('CONTACT_WAY', 'DIGITALT', 'Digitalt möte'),
 ('ACTION_CATEGORY', 'STUDIEMOTIVERANDE', 'Studiemotiverande insats'),
 ('ACTION_CATEGORY', 'VAGLEDNING', 'Studie- och yrkesvägledning'),
 ('ACTION_CATEGORY', 'PRAKTIK', 'Praktik'),
 ('ACTION_CATEGORY', 'ARBETE', 'Arbete, anställning'),
 ('ACTION_CATEGORY', 'ARBETSMARKNAD', 'Arbetsmarknadsinsats'),
 ('ACTION_CATEGORY', 'STUDIER', 'Studier (t.ex. komvux, folkhögskola)'),
 ('ACTION_CATEGORY', 'VARD', 'Vård, rehabilitering'),
 ('ACTION_CATEGORY', 'ANNAN', 'Annan insats'),
 ('END_REASON', 'NATIONELLT_PROGRAM', 'Började på ett nationellt program'),
 ('END_REASON', 'EXAMEN', 'Har examen eller studiebevis från nationellt program'),
 ('END_REASON', 'FLYTTAT', 'Flyttat från kommunen'),
 ('END_REASON', 'FYLLT_20', 'Fyllt 20 år'),
 ('END_REASON', 'AVLIDEN', 'Avliden'),
 ('END_REASON', 'ANNAT', 'Annat skäl'),
 ('ACTION_END_REASON', 'AVSLUTAD_ENLIGT_PLAN', 'Avslutad enligt plan'),
 ('ACTION_END_REASON', 'AVBRUTEN', 'Avbruten'),
 ('ACTION_END_REASON', 'ANNAN_ATGARD', 'Övergick till annan åtgärd'),
 ('ACTION_END_REASON', 'UPPHORT_OMFATTAS', 'Upphörde att omfattas');

-- SCB's report periods (twice a year) with the export frozen when the period is reported.
create table uka.report_period (
    id              bigserial primary key,
    organisation_id bigint not null,
    name            varchar(60) not null,
    start_date      date not null,
    end_date        date not null,
    frozen_at       timestamptz,
    frozen_by       varchar(100),
    export_csv      bytea,
    export_xlsx     bytea,
    unique (organisation_id, name),
    check (end_date >= start_date)
);
