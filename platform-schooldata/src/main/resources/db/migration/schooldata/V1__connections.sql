-- The SS 12000 connections of the services that read school data (UKA, Tillarbetslivet), one per
-- organisation and service, and their reads. The client secret is sealed with the service's own
-- key (the core's SealingKey, purpose '<service>.ss12000.client-secret'); this module never holds a key.
create schema if not exists schooldata;

create table schooldata.connection (
    organisation_id      bigint not null,
    service              varchar(40) not null,
    base_url             varchar(500) not null,
    token_url            varchar(500) not null,
    client_id            varchar(200) not null,
    client_secret_cipher varchar(2000) not null,
    scope                varchar(200),
    nightly              boolean not null default false,
    updated_by           varchar(100) not null,
    updated_at           timestamptz not null default now(),
    primary key (organisation_id, service)
);

-- One row per read (by hand or nightly): what it did (the service's figures), or why it changed nothing.
create table schooldata.run (
    id              bigserial primary key,
    organisation_id bigint not null,
    service         varchar(40) not null,
    started_at      timestamptz not null,
    finished_at     timestamptz not null,
    trigger         varchar(10) not null,    -- MANUAL, NIGHTLY
    by_whom         varchar(100) not null,
    ok              boolean not null,
    records_read    integer not null default 0,
    figures         jsonb not null default '{}',  -- the service's counts, e.g. {"added": 1, "updated": 2}
    message         varchar(500),            -- why it failed: the safe reason (never the peer's body)
    problems        varchar(4000)            -- the objects that could not be read (SS 12000 id and what was wrong)
);
create index run_org_service on schooldata.run (organisation_id, service, started_at desc);
