-- Workplaces invited by e-mail. The invitation's token is kept only as its SHA-256; the supervisor
-- who opens the link signed in with e-legitimation becomes the workplace's supervisor (resident_id,
-- the core's stable id of the person) and from then on sees the placements at its places.

create table tillarbetslivet.workplace (
    id              bigserial primary key,
    organisation_id bigint not null,
    name            varchar(120) not null,
    email           varchar(200) not null,
    token_hash      varchar(64) unique,
    invited_by      varchar(100) not null,
    invited_at      timestamptz not null default now(),
    resident_id     bigint,
    resident_name   varchar(200),
    joined_at       timestamptz
);
create index workplace_organisation on tillarbetslivet.workplace (organisation_id);
create index workplace_resident on tillarbetslivet.workplace (resident_id);

alter table tillarbetslivet.place add column workplace_id bigint references tillarbetslivet.workplace (id) on delete set null;
create index place_workplace on tillarbetslivet.place (workplace_id);
