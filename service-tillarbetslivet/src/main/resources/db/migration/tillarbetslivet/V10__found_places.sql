-- A place the pupil found themselves: the pupil registers the workplace, its contact person gets an
-- e-mailed one-time link (only its SHA-256 kept), signs in with e-legitimation, and confirms it with
-- a signature or declines with a reason; the coordinator approves a confirmed one into a place and
-- the pupil's placement in the period (the allocation then leaves the pupil out), or rejects it.
create table tillarbetslivet.found_place (
    id                  bigserial primary key,
    organisation_id     bigint not null,
    pupil_id            bigint not null references tillarbetslivet.pupil (id) on delete cascade,
    period_id           bigint not null references tillarbetslivet.period (id) on delete cascade,
    workplace           varchar(120) not null,
    org_number          varchar(11) not null,
    address             varchar(200) not null,
    contact_name        varchar(120) not null,
    contact_email       varchar(200) not null,
    starts_on           date not null,
    ends_on             date not null,
    status              varchar(10) not null default 'SENT'
                        check (status in ('SENT', 'CONFIRMED', 'DECLINED', 'APPROVED', 'REJECTED')),
    token_hash          varchar(64) unique,
    sent_at             timestamptz not null default now(),
    contact_resident_id bigint,
    contact_resident_name varchar(200),
    answered_at         timestamptz,
    decline_reason      varchar(500),
    decided_by          varchar(100),
    decided_at          timestamptz,
    decision_note       varchar(500),
    placement_id        bigint references tillarbetslivet.placement (id) on delete set null,
    check (ends_on >= starts_on)
);
create index found_place_organisation on tillarbetslivet.found_place (organisation_id, status);
create index found_place_pupil on tillarbetslivet.found_place (pupil_id);
create index found_place_contact on tillarbetslivet.found_place (contact_resident_id);
