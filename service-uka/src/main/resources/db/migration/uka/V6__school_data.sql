-- The municipality's SS 12000 API as a source of the register (read through platform-schooldata).

create table uka.school_data_connection (
    organisation_id      bigint primary key,
    base_url             varchar(500) not null,
    token_url            varchar(500) not null,
    client_id            varchar(200) not null,
    client_secret_cipher varchar(2000) not null,  -- AES-256-GCM under sambruk.uka.secret-key (UkaSecrets)
    scope                varchar(200),
    nightly              boolean not null default false,
    updated_by           varchar(100) not null,
    updated_at           timestamptz not null default now()
);

-- One row per read (by hand or nightly): what it did, or why it changed nothing.
create table uka.school_data_run (
    id              bigserial primary key,
    organisation_id bigint not null,
    started_at      timestamptz not null,
    finished_at     timestamptz not null,
    trigger         varchar(10) not null,    -- MANUAL, NIGHTLY
    by_whom         varchar(100) not null,
    ok              boolean not null,
    persons_read    integer not null default 0,
    added           integer not null default 0,
    updated         integer not null default 0,
    started         integer not null default 0,
    ended           integer not null default 0,
    message         varchar(500),            -- why it failed: the safe reason (never the peer's body)
    problems        varchar(4000)            -- the objects that could not be read (SS 12000 id and what was wrong)
);
create index school_data_run_org on uka.school_data_run (organisation_id, started_at desc);
