-- Residents' optional accounts (not platform users: no password, no roles; signed in by an
-- e-mailed single-use link) and alerts by e-mail with what each alert has sent.
create table fixamingata.resident (
    id              bigserial primary key,
    email           varchar(320) not null,
    created_at      timestamptz not null default now(),
    last_sign_in_at timestamptz
);
create unique index resident_email on fixamingata.resident (lower(email));

-- Sign-in links: only the SHA-256 of the token is stored; a link works once, for 30 minutes.
create table fixamingata.resident_sign_in (
    token_hash char(64) primary key,
    email      varchar(320) not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at    timestamptz
);
create index resident_sign_in_email on fixamingata.resident_sign_in (lower(email));

-- The reports of a signed-in resident are found by the e-mail they confirmed.
create index report_reporter_email on fixamingata.report (lower(reporter_email));

-- An alert: one report (report_id), an area (lat, lon, radius_m) or a municipality (kommunkod).
-- It sends nothing until confirmed (double opt-in); the unsubscribe token works without sign-in.
create table fixamingata.alert (
    id                bigserial primary key,
    email             varchar(320) not null,
    kind              varchar(20) not null check (kind in ('REPORT', 'AREA', 'MUNICIPALITY')),
    report_id         bigint references fixamingata.report (id) on delete cascade,
    lat               double precision,
    lon               double precision,
    radius_m          int,
    kommunkod         char(4),
    confirm_token     varchar(64) not null unique,
    unsubscribe_token varchar(64) not null unique,
    created_at        timestamptz not null default now(),
    confirmed_at      timestamptz
);
create index alert_email on fixamingata.alert (lower(email));
create index alert_confirmed on fixamingata.alert (id) where confirmed_at is not null;

-- What an alert has sent: each event (a new report, or an update of the followed report) once.
create table fixamingata.alert_sent (
    alert_id  bigint not null references fixamingata.alert (id) on delete cascade,
    event     varchar(40) not null,
    sent_at   timestamptz not null default now(),
    primary key (alert_id, event)
);
-- new confirmed reports since a time: the alert job's scan
create index report_confirmed_at on fixamingata.report (confirmed_at) where confirmed_at is not null;
-- reports around a point of any category: area alerts and the area's RSS
create index report_position on fixamingata.report (lat, lon);
