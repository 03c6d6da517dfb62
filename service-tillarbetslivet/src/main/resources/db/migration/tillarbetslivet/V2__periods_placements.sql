-- Periods per school (prao weeks, praktik, APL), a pupil's placement in a period at a place, its
-- schedule with the attendance of each day, and the workplace's evaluation. Deleting a pupil (the
-- retention rule) deletes their placements with everything below them.

create table tillarbetslivet.period (
    id              bigserial primary key,
    organisation_id bigint not null,
    school_id       bigint not null references tillarbetslivet.school (id) on delete cascade,
    kind            varchar(10) not null check (kind in ('PRAO', 'PRAKTIK', 'APL')),
    name            varchar(120) not null,
    starts_on       date not null,
    ends_on         date not null,
    created_at      timestamptz not null default now(),
    check (ends_on >= starts_on)
);
create index period_organisation on tillarbetslivet.period (organisation_id, school_id, starts_on);

create table tillarbetslivet.placement (
    id              bigserial primary key,
    organisation_id bigint not null,
    pupil_id        bigint not null references tillarbetslivet.pupil (id) on delete cascade,
    period_id       bigint not null references tillarbetslivet.period (id) on delete cascade,
    place_id        bigint not null references tillarbetslivet.place (id) on delete cascade,
    created_by      varchar(100) not null,
    created_at      timestamptz not null default now(),
    unique (pupil_id, period_id)
);
create index placement_organisation on tillarbetslivet.placement (organisation_id, period_id);
create index placement_place on tillarbetslivet.placement (place_id);

-- One day of a placement's schedule and, once recorded, the pupil's attendance that day.
create table tillarbetslivet.schedule_day (
    placement_id    bigint not null references tillarbetslivet.placement (id) on delete cascade,
    organisation_id bigint not null,
    day             date not null,
    starts_at       time not null,
    ends_at         time not null,
    attendance      varchar(20) check (attendance in ('PRESENT', 'ABSENT_REPORTED', 'ABSENT')),
    attendance_by   varchar(100),
    attendance_at   timestamptz,
    primary key (placement_id, day),
    check (ends_at > starts_at)
);

-- The workplace's short evaluation of the pupil, one per placement.
create table tillarbetslivet.evaluation (
    placement_id    bigint primary key references tillarbetslivet.placement (id) on delete cascade,
    organisation_id bigint not null,
    punctuality     varchar(10) not null check (punctuality in ('ALWAYS', 'MOSTLY', 'SELDOM')),
    interest        int not null check (interest between 1 and 5),
    comment         varchar(2000) not null default '',
    written_by      varchar(100) not null,
    written_at      timestamptz not null default now()
);
