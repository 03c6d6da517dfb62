create schema if not exists egil;

-- EGIL: school data from the organiser's source, suppliers, what each supplier holds, runs.

create table egil.source (
    id                   bigserial primary key,
    organisation_id      bigint not null,
    name                 varchar(120) not null,
    kind                 varchar(20) not null,          -- SS12000 or CSV
    base_url             varchar(500),
    token_url            varchar(500),
    client_id            varchar(200),
    client_secret_cipher text,                          -- AES-GCM, never shown again
    scope                varchar(200),
    modified_cursor      timestamptz,                   -- the source's clock at the last complete read
    last_read_at         timestamptz,
    last_read_summary    varchar(1000),
    created_at           timestamptz not null default now()
);
create index source_organisation on egil.source (organisation_id);

-- The organiser's school data as last read, normalised (one row per object).
create table egil.school_object (
    organisation_id bigint not null,
    kind            varchar(20) not null,               -- ORGANISATION, PERSON, GROUP, DUTY, ACTIVITY
    id              uuid not null,
    source_id       bigint not null references egil.source (id) on delete cascade,
    data            text not null,
    read_at         timestamptz not null,
    primary key (organisation_id, kind, id)
);

-- What was wrong with the source data at the last read, per object.
create table egil.source_problem (
    id              bigserial primary key,
    organisation_id bigint not null,
    source_id       bigint not null references egil.source (id) on delete cascade,
    kind            varchar(20) not null,
    object_id       varchar(100),
    message         varchar(1000) not null,
    seen_at         timestamptz not null
);
create index source_problem_source on egil.source_problem (source_id);

create table egil.supplier (
    id                        bigserial primary key,
    organisation_id           bigint not null,
    name                      varchar(120) not null,
    base_url                  varchar(500) not null,
    auth_kind                 varchar(20) not null,     -- MTLS_PIN, MTLS_FEDERATION, API_KEY
    pin_sha256                varchar(100),
    client_certificate_cipher text,                     -- PKCS#12, AES-GCM
    client_password_cipher    text,
    api_key_header            varchar(100),
    api_key_cipher            text,
    federation_metadata_url   varchar(500),
    federation_signing_key    text,                     -- the federation's public JWK
    federation_entity_id      varchar(300),
    dnp                       boolean not null default false,
    simulated                 boolean not null default false,
    enabled                   boolean not null default true,
    school_unit_ids           text not null default '',
    school_types              text not null default '',
    school_years              text not null default '',
    group_types               text not null default '',
    group_ids                 text not null default '',
    include_teachers          boolean not null default true,
    excluded_person_ids       text not null default '',
    max_deletes               integer not null default 50,
    max_change_percent        integer not null default 10,
    deletion_delay_days       integer not null default 0,
    requests_per_second       integer not null default 50,
    max_in_flight             integer not null default 8,
    created_at                timestamptz not null default now()
);
create index supplier_organisation on egil.supplier (organisation_id);

-- What each supplier holds, as last sent: committed per object, so a crash loses nothing.
create table egil.sent_object (
    supplier_id     bigint not null references egil.supplier (id) on delete cascade,
    object_type     varchar(30) not null,
    external_id     uuid not null,
    organisation_id bigint not null,
    person_id       uuid,
    label           varchar(300),
    hash            varchar(64),
    first_sent_at   timestamptz not null,
    last_sent_at    timestamptz not null,
    gone_since      timestamptz,
    primary key (supplier_id, object_type, external_id)
);
create index sent_object_person on egil.sent_object (organisation_id, person_id);

create table egil.sync_run (
    id               bigserial primary key,
    organisation_id  bigint not null,
    supplier_id      bigint not null references egil.supplier (id) on delete cascade,
    trigger          varchar(20) not null,              -- NIGHTLY, MANUAL, WEBHOOK, REBUILD
    status           varchar(30) not null,              -- PLANNING, RUNNING, AWAITING_CONFIRMATION, DONE, DONE_WITH_FAILURES, FAILED, CANCELLED
    started_at       timestamptz not null,
    finished_at      timestamptz,
    planned_creates  integer not null default 0,
    planned_updates  integer not null default 0,
    planned_deletes  integer not null default 0,
    done             integer not null default 0,
    failed           integer not null default 0,
    message          varchar(1000),
    started_by       varchar(100),
    confirmed_by     varchar(100)
);
create index sync_run_supplier on egil.sync_run (supplier_id, started_at desc);

-- Every transfer of an object (personal data for users and employments) to a supplier.
create table egil.transfer (
    id              bigserial primary key,
    organisation_id bigint not null,
    supplier_id     bigint not null references egil.supplier (id) on delete cascade,
    run_id          bigint references egil.sync_run (id) on delete set null,
    object_type     varchar(30) not null,
    external_id     uuid not null,
    person_id       uuid,
    operation       varchar(10) not null,               -- POST, PUT, DELETE
    status          integer,
    succeeded       boolean not null,
    answer          varchar(1000),
    at              timestamptz not null
);
create index transfer_person on egil.transfer (organisation_id, person_id);
create index transfer_run on egil.transfer (run_id) where not succeeded;
