create schema if not exists tillarbetslivet;

-- Tillarbetslivet: schools, pupils, places, ranked choices, allocation runs and their results.
-- Every row carries the organisation (the municipality) it belongs to; every query is scoped by it.

create table tillarbetslivet.school (
    id              bigserial primary key,
    organisation_id bigint not null,
    name            varchar(120) not null,
    unique (organisation_id, name)
);

create table tillarbetslivet.pupil (
    id              bigserial primary key,
    organisation_id bigint not null,
    school_id       bigint not null references tillarbetslivet.school (id) on delete cascade,
    name            varchar(120) not null,
    class_name      varchar(20) not null,
    school_year     int not null check (school_year between 1 and 13),
    created_at      timestamptz not null default now()
);
create index pupil_organisation on tillarbetslivet.pupil (organisation_id, school_id);

-- A place a workplace offers: where, what trade, how many seats, when, minimum age, supervisor.
create table tillarbetslivet.place (
    id               bigserial primary key,
    organisation_id  bigint not null,
    code             varchar(20) not null,
    workplace        varchar(120) not null,
    trade            varchar(120) not null,
    address          varchar(200) not null,
    seats            int not null check (seats between 0 and 100),
    starts_on        date not null,
    ends_on          date not null,
    min_age          int not null default 13,
    supervisor       varchar(120) not null,
    supervisor_email varchar(200) not null,
    created_at       timestamptz not null default now(),
    unique (organisation_id, code),
    check (ends_on >= starts_on)
);

-- A pupil's ranked choices, 1 is the first choice.
create table tillarbetslivet.choice (
    organisation_id bigint not null,
    pupil_id        bigint not null references tillarbetslivet.pupil (id) on delete cascade,
    rank            int not null check (rank between 1 and 10),
    place_id        bigint not null references tillarbetslivet.place (id) on delete cascade,
    primary key (pupil_id, rank),
    unique (pupil_id, place_id)
);

-- One run of an allocation rule with its seed; published runs are frozen.
create table tillarbetslivet.allocation_run (
    id              bigserial primary key,
    organisation_id bigint not null,
    rule            varchar(30) not null,
    seed            bigint not null,
    pupils          int not null,
    placed          int not null,
    created_by      varchar(100) not null,
    created_at      timestamptz not null default now(),
    published_at    timestamptz
);
create index allocation_run_organisation on tillarbetslivet.allocation_run (organisation_id, created_at);

-- Per pupil: what the rule gave and why (the missed choices as JSON), and any manual adjustment.
create table tillarbetslivet.allocation_result (
    run_id          bigint not null references tillarbetslivet.allocation_run (id) on delete cascade,
    organisation_id bigint not null,
    pupil_id        bigint not null references tillarbetslivet.pupil (id) on delete cascade,
    lottery_number  int not null,
    queue_position  int not null,
    place_id        bigint references tillarbetslivet.place (id) on delete set null,
    choice_rank     int not null,
    missed          text not null,
    adjusted_place_id bigint references tillarbetslivet.place (id) on delete set null,
    adjusted        boolean not null default false,
    adjusted_by     varchar(100),
    adjusted_at     timestamptz,
    adjust_reason   varchar(500),
    primary key (run_id, pupil_id)
);
