create schema if not exists bibblix;

-- Bibblix: the children's e-book library. The catalogue is shared by every subscribing
-- municipality (the content manager, Malmö Stadsbibliotek, keeps it); libraries, loans and
-- statistics belong to a municipality.

-- Trigram similarity (typos) and accent folding for the search; both ship with PostgreSQL's contrib.
create extension if not exists pg_trgm with schema public;
create extension if not exists unaccent with schema public;

-- unaccent() is only stable (its dictionary could change); the search indexes need an immutable form.
create function bibblix.fold(text) returns text language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

create table bibblix.category (
    id        bigserial primary key,
    slug      varchar(40) not null unique,
    name      varchar(80) not null,
    name_en   varchar(80) not null,
    symbol    varchar(8) not null,                    -- an emoji shown on the tile (decorative)
    thema     varchar(200) not null default '',       -- Thema code prefixes that suggest the category, space separated
    position  int not null default 0
);

create table bibblix.title (
    id               bigserial primary key,
    record_reference varchar(100) not null unique,     -- ONIX RecordReference
    isbn             varchar(13),
    title            varchar(300) not null,
    subtitle         varchar(300),
    authors          varchar(500),
    publisher        varchar(200),
    language         varchar(3),
    product_form     varchar(4),
    published_year   int,
    description      text,                             -- the supplier's description (for librarians)
    thema            varchar(300) not null default '', -- Thema subject codes, space separated
    age_from         int,
    age_to           int,
    eligible         boolean not null default false,   -- meets the selection policy
    eligibility_note varchar(300),
    withdrawn        boolean not null default false,   -- the supplier no longer sells it (NotificationType 05)
    selected         boolean not null default false,   -- in Bibblix: children see it
    featured         boolean not null default false,
    blurb            text,                             -- written for children by a librarian
    category_id      bigint references bibblix.category (id) on delete set null,
    easier_title_id  bigint references bibblix.title (id) on delete set null,
    paper_tip        varchar(500),                     -- a paper book to ask for at the library
    imported_at      timestamptz not null default now(),
    edited_at        timestamptz,
    search_text      text generated always as (bibblix.fold(coalesce(title, '') || ' ' || coalesce(subtitle, '') || ' ' || coalesce(authors, ''))) stored,
    search_vector    tsvector generated always as (
        setweight(to_tsvector('swedish', coalesce(title, '') || ' ' || coalesce(subtitle, '')), 'A')
        || setweight(to_tsvector('swedish', coalesce(authors, '')), 'B')
        || setweight(to_tsvector('swedish', coalesce(blurb, '')), 'C')
        || setweight(to_tsvector('swedish', coalesce(description, '')), 'D')) stored,
    constraint title_ages check (age_from is null or age_to is null or age_from <= age_to)
);
create index title_search on bibblix.title using gin (search_vector) where selected;
create index title_trigram on bibblix.title using gin (search_text public.gin_trgm_ops) where selected;
create index title_category on bibblix.title (category_id, title) where selected;
create index title_featured on bibblix.title (featured) where selected and featured;

-- A municipality's library and how its library system is reached over SIP2.
create table bibblix.library (
    id                     bigserial primary key,
    organisation_id        bigint not null unique,
    name                   varchar(120) not null,
    sip_host               varchar(255) not null,
    sip_port               int not null,
    sip_tls                boolean not null default false,
    institution_id         varchar(60) not null,
    login_user             varchar(60),
    login_password_cipher  text,                        -- AES-GCM, never shown again
    location_code          varchar(60),
    error_detection        boolean not null default false,
    timeout_ms             int not null default 5000,
    history_days           int not null default 30,     -- loan history is kept this long after a loan ends
    updated_at             timestamptz not null default now()
);

-- A loan: the card is a keyed hash (HMAC-SHA256) only, never the number.
create table bibblix.loan (
    id               bigserial primary key,
    organisation_id  bigint not null,
    card_hash        char(64) not null,
    title_id         bigint not null references bibblix.title (id) on delete cascade,
    borrowed_at      timestamptz not null,
    due_at           timestamptz not null,
    ended_at         timestamptz,
    supplier_loan_id varchar(100),
    delivery_url     varchar(1000)
);
create index loan_card on bibblix.loan (card_hash, borrowed_at);
create unique index loan_active on bibblix.loan (card_hash, title_id) where ended_at is null;
create index loan_due on bibblix.loan (due_at) where ended_at is null;
create index loan_ended on bibblix.loan (organisation_id, ended_at) where ended_at is not null;

-- Statistics: counts only, written when a loan is made, kept after the loan history is deleted.
create table bibblix.loan_count (
    day             date not null,
    organisation_id bigint not null,
    title_id        bigint not null,
    category        varchar(40) not null default '',
    age_band        varchar(10) not null default '',
    loans           int not null,
    primary key (day, organisation_id, title_id, category, age_band)
);
create index loan_count_organisation on bibblix.loan_count (organisation_id, day);

-- Catalogue imports (ONIX for Books 3.0) and the records they reported and skipped.
create table bibblix.import_run (
    id              bigserial primary key,
    organisation_id bigint not null,
    file_name       varchar(255) not null,
    started_at      timestamptz not null default now(),
    finished_at     timestamptz,
    state           varchar(20) not null,              -- RUNNING, DONE, FAILED
    bytes_total     bigint not null default 0,
    bytes_read      bigint not null default 0,
    records         int not null default 0,
    imported        int not null default 0,
    skipped         int not null default 0,
    message         varchar(1000)
);
create index import_run_organisation on bibblix.import_run (organisation_id, started_at);

create table bibblix.import_problem (
    id          bigserial primary key,
    run_id      bigint not null references bibblix.import_run (id) on delete cascade,
    record_no   int not null,
    line        int not null,
    reference   varchar(100),
    message     varchar(1000) not null
);
create index import_problem_run on bibblix.import_problem (run_id, record_no);

-- What the housekeeping job did: loans ended and loan history deleted, per run and municipality.
create table bibblix.retention_log (
    id              bigserial primary key,
    ran_at          timestamptz not null,
    organisation_id bigint not null,
    loans_ended     int not null,
    loans_deleted   int not null
);
create index retention_log_organisation on bibblix.retention_log (organisation_id, ran_at);

insert into bibblix.category (slug, name, name_en, symbol, thema, position) values
    ('fantasy',     'Fantasy och magi',     'Fantasy and magic',     '🐉', 'YFH', 1),
    ('mysterier',   'Mysterier och deckare','Mysteries',             '🔍', 'YFCF YFD', 2),
    ('aventyr',     'Äventyr',              'Adventure',             '🧭', 'YFC YFG', 3),
    ('kompisar',    'Kompisar och känslor', 'Friends and feelings',  '🤝', 'YFM YFN YFS YX', 4),
    ('djur',        'Djur och natur',       'Animals and nature',    '🐾', 'YFP YNN', 5),
    ('sport',       'Sport',                'Sports',                '⚽', 'YFR YNW', 6),
    ('rolig',       'Roliga böcker',        'Funny books',           '😄', 'YFQ', 7),
    ('fakta',       'Fakta',                'Facts',                 '💡', 'YN YP', 8);
