-- The young person's own page (/e-tjanster/uka), optional per municipality.

-- A municipality's UKA settings: whether its young people may sign in to their own page, and how
-- they reach the UKA team (shown with their caseworker's name as their contact person).
create table uka.setting (
    organisation_id bigint primary key,
    resident_page   boolean not null default false,
    team_phone      varchar(40),
    team_email      varchar(200),
    updated_by      varchar(100),
    updated_at      timestamptz not null default now()
);

-- A follow-up the caseworker books as a meeting with the young person is shown on their page.
alter table uka.follow_up add column meeting boolean not null default false;

-- "Please contact me": a short message from the young person, until a caseworker marks it handled.
create table uka.contact_request (
    id              bigserial primary key,
    organisation_id bigint not null,
    person_id       bigint not null references uka.young_person (id) on delete cascade,
    message         varchar(500) not null,
    asked_at        timestamptz not null default now(),
    handled_at      timestamptz,
    handled_by      varchar(100)
);
create index contact_request_person on uka.contact_request (organisation_id, person_id, asked_at);
create index contact_request_open on uka.contact_request (organisation_id, asked_at) where handled_at is null;
