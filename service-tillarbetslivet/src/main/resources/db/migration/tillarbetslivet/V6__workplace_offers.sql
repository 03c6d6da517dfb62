-- Workplaces that register themselves in the e-service (organisation number, address, trade, area),
-- or that a coordinator invites before they have a place; the places they offer, confirmed with
-- the supervisor's signature and approved by the coordinator into the place bank.

alter table tillarbetslivet.workplace
    add column org_number    varchar(11),
    add column address       varchar(200),
    add column trade         varchar(120),
    add column area          varchar(120),
    add column registered_at timestamptz,
    alter column invited_by drop not null;

-- The area a place is in (the public list searches by it) and the oldest pupil it takes.
alter table tillarbetslivet.place
    add column area    varchar(120) not null default '',
    add column max_age int not null default 20;

create table tillarbetslivet.place_offer (
    id               bigserial primary key,
    organisation_id  bigint not null,
    workplace_id     bigint not null references tillarbetslivet.workplace (id) on delete cascade,
    trade            varchar(120) not null,
    description      varchar(1000) not null default '',
    address          varchar(200) not null,
    area             varchar(120) not null,
    seats            int not null check (seats between 1 and 100),
    starts_on        date not null,
    ends_on          date not null,
    min_age          int not null check (min_age between 13 and 20),
    max_age          int not null check (max_age between 13 and 20),
    supervisor       varchar(120) not null,
    supervisor_email varchar(200) not null,
    status           varchar(10) not null default 'DRAFT' check (status in ('DRAFT', 'SIGNED', 'APPROVED', 'REJECTED')),
    created_by       bigint not null,
    created_at       timestamptz not null default now(),
    signed_at        timestamptz,
    decided_by       varchar(100),
    decided_at       timestamptz,
    decision_note    varchar(500),
    place_id         bigint references tillarbetslivet.place (id) on delete set null,
    check (ends_on >= starts_on),
    check (max_age >= min_age)
);
create index place_offer_organisation on tillarbetslivet.place_offer (organisation_id, status);
create index place_offer_workplace on tillarbetslivet.place_offer (workplace_id);
