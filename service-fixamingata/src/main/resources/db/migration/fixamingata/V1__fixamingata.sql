-- FixaMinGata: categories per municipality, residents' reports, their timeline, photos,
-- deliveries to the municipalities' back-ends (an outbox) and Open311 api keys.
create schema if not exists fixamingata;

create table fixamingata.category (
    id              bigserial primary key,
    organisation_id bigint not null,
    name            varchar(100) not null,
    -- where reports go: EMAIL (send_to = address), OPEN311 (send_to = base URL, send_key = api_key),
    -- SERVICENOW (send_to = instance URL, send_key = user:password)
    send_method     varchar(20) not null default 'EMAIL',
    send_to         varchar(500),
    send_key        varchar(200),
    external_code   varchar(100),
    -- state roads: the report goes to Trafikverket, not to the municipality
    trafikverket    boolean not null default false,
    active          boolean not null default true,
    position        int not null default 0,
    constraint category_name_unique unique (organisation_id, name)
);

create table fixamingata.report (
    id              bigserial primary key,
    organisation_id bigint not null,
    kommunkod       char(4) not null,
    category_id     bigint not null references fixamingata.category (id),
    lat             double precision not null,
    lon             double precision not null,
    title           varchar(200) not null,
    detail          text not null,
    reporter_name   varchar(200) not null,
    reporter_email  varchar(320) not null,
    reporter_phone  varchar(40),
    show_name       boolean not null default false,
    state           varchar(30) not null,
    source          varchar(10) not null default 'web',
    confirm_token   varchar(64) unique,
    manage_token    varchar(64) not null unique,
    duplicate_of    bigint references fixamingata.report (id),
    priority        varchar(10),
    assigned_to     varchar(100),
    external_id     varchar(100),
    detail_hidden   boolean not null default false,
    created_at      timestamptz not null default now(),
    confirmed_at    timestamptz,
    updated_at      timestamptz not null default now(),
    first_answer_at timestamptz,
    closed_at       timestamptz
);
-- "nearby open reports of the same category": a range on lat, lon filtered in the index
create index report_nearby on fixamingata.report (category_id, lat, lon);
-- the staff inbox and Open311 GET requests, newest first per municipality
create index report_by_municipality on fixamingata.report (organisation_id, created_at desc);
create index report_by_state on fixamingata.report (organisation_id, state, created_at desc);
create index report_by_category on fixamingata.report (organisation_id, category_id, created_at desc);
create index report_external on fixamingata.report (organisation_id, external_id) where external_id is not null;

create table fixamingata.report_photo (
    id        bigserial primary key,
    report_id bigint not null references fixamingata.report (id) on delete cascade,
    position  int not null,
    jpeg      bytea not null,
    hidden    boolean not null default false
);
create index report_photo_report on fixamingata.report_photo (report_id, position);

-- The timeline: residents' comments, the municipality's answers and state changes, internal notes.
create table fixamingata.report_update (
    id              bigserial primary key,
    report_id       bigint not null references fixamingata.report (id) on delete cascade,
    organisation_id bigint not null,
    created_at      timestamptz not null default now(),
    kind            varchar(20) not null,
    state           varchar(30),
    text            text not null default '',
    author          varchar(200),
    internal        boolean not null default false,
    hidden          boolean not null default false,
    external_id     varchar(100)
);
create index report_update_report on fixamingata.report_update (report_id, created_at);
create index report_update_recent on fixamingata.report_update (organisation_id, id);
-- a back-end pushes an update once: a repeated update_id is refused
create unique index report_update_external on fixamingata.report_update (organisation_id, external_id) where external_id is not null;

-- The outbox of deliveries to back-ends: a new report, or an update (comment, reopening) for it.
create table fixamingata.delivery (
    id              bigserial primary key,
    report_id       bigint not null references fixamingata.report (id) on delete cascade,
    update_id       bigint references fixamingata.report_update (id) on delete cascade,
    organisation_id bigint not null,
    created_at      timestamptz not null default now(),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null default now(),
    sent_at         timestamptz,
    last_error      varchar(2000)
);
create index delivery_due on fixamingata.delivery (next_attempt_at) where sent_at is null;
create index delivery_report on fixamingata.delivery (report_id);

-- Open311 api keys: a municipality's back-end (organisation_id) or an app that reports anywhere (null).
create table fixamingata.api_key (
    id              bigserial primary key,
    organisation_id bigint,
    name            varchar(100) not null,
    key_hash        char(64) not null unique,
    created_at      timestamptz not null default now()
);
