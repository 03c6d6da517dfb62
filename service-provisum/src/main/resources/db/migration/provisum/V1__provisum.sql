create schema if not exists provisum;

-- Huvudmän: each belongs to the municipality whose överförmyndare supervises (the principal's municipality).
create table provisum.principal (
    id              bigserial primary key,
    municipality_id bigint       not null,
    personnummer    varchar(12)  not null,
    name            varchar(200) not null,
    created_at      timestamptz  not null default now(),
    unique (municipality_id, personnummer)
);

-- Ställföreträdare, registered by the office that recruited them; suitability checked (FB 11:12).
create table provisum.guardian (
    id                     bigserial primary key,
    office_id              bigint       not null,
    personnummer           varchar(12)  not null,
    name                   varchar(200) not null,
    email                  varchar(200),
    suitability_checked_on date,
    suitability_note       varchar(500),
    created_at             timestamptz  not null default now(),
    unique (office_id, personnummer)
);

-- Uppdrag from the court's decision: godmanskap (FB 11:4), förvaltarskap (FB 11:7), förmyndare (minors' assets).
create table provisum.assignment (
    id             bigserial primary key,
    principal_id   bigint       not null references provisum.principal (id),
    guardian_id    bigint       not null references provisum.guardian (id),
    kind           varchar(20)  not null check (kind in ('GODMANSKAP', 'FORVALTARSKAP', 'FORMYNDARE')),
    scope          varchar(200) not null,
    court_decision varchar(100),
    starts_on      date         not null,
    ends_on        date,
    check (ends_on is null or ends_on >= starts_on)
);
create index on provisum.assignment (principal_id);

-- Ärenden, each registered in the diarium with its number.
create table provisum.case_file (
    id              bigserial primary key,
    municipality_id bigint      not null,
    principal_id    bigint      not null references provisum.principal (id),
    assignment_id   bigint references provisum.assignment (id),
    type            varchar(30) not null,
    status          varchar(20) not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    caseworker      varchar(100),
    opened_on       date        not null,
    due_on          date,
    closed_at       timestamptz,
    diary_number    varchar(30) not null unique
);
create index on provisum.case_file (municipality_id, status, due_on);

create table provisum.case_step (
    case_id   bigint      not null references provisum.case_file (id) on delete cascade,
    step_code varchar(40) not null,
    done_at   timestamptz not null default now(),
    done_by   varchar(100) not null,
    primary key (case_id, step_code)
);

-- Årsräkningar with their accounts and transactions.
create table provisum.annual_account (
    id              bigserial primary key,
    case_id         bigint  not null references provisum.case_file (id) on delete cascade,
    year            int     not null,
    opening_total   numeric(14, 2) not null,
    income          numeric(14, 2) not null,
    expenses        numeric(14, 2) not null,
    closing_total   numeric(14, 2) not null,
    previous_closing numeric(14, 2),
    first_time      boolean not null default false,
    earlier_remarks boolean not null default false,
    submitted_on    date
);

create table provisum.account (
    id                bigserial primary key,
    annual_account_id bigint       not null references provisum.annual_account (id) on delete cascade,
    name              varchar(200) not null,
    opening           numeric(14, 2) not null,
    closing           numeric(14, 2) not null,
    proof_attached    boolean      not null default false
);
create index on provisum.account (annual_account_id);

create table provisum.transaction (
    id                bigserial primary key,
    annual_account_id bigint       not null references provisum.annual_account (id) on delete cascade,
    booked_on         date         not null,
    amount            numeric(14, 2) not null,
    category          varchar(30)  not null,
    text              varchar(300) not null default '',
    proof_attached    boolean      not null default true
);
create index on provisum.transaction (annual_account_id);

-- The automatic review's result and the caseworker's outcome.
create table provisum.review (
    annual_account_id bigint primary key references provisum.annual_account (id) on delete cascade,
    reviewed_at       timestamptz not null default now(),
    flags             varchar(1000) not null default '',
    risk_score        int         not null,
    deep_review       boolean     not null,
    outcome           varchar(20) not null default 'PENDING' check (outcome in ('PENDING', 'APPROVED', 'REMARKS')),
    remarks           varchar(4000),
    decided_by        varchar(100)
);

-- Prisbasbelopp per year (2 kap. 6-8 §§ socialförsäkringsbalken), the base of fees.
create table provisum.price_base_amount (
    year   int primary key,
    amount int not null,
    source varchar(100) not null
);
insert into provisum.price_base_amount (year, amount, source) values
    (2025, 58800, 'förordning om prisbasbelopp för år 2025'),
    (2026, 59200, 'SFS 2025:872');

create table provisum.fee_decision (
    id            bigserial primary key,
    case_id       bigint not null references provisum.case_file (id) on delete cascade,
    year          int    not null,
    share_percent numeric(5, 2) not null check (share_percent > 0 and share_percent <= 100),
    amount        numeric(12, 2) not null,
    decided_on    date   not null,
    decided_by    varchar(100) not null
);

-- Diariet: every case, document and message registered.
create table provisum.register_entry (
    id              bigserial primary key,
    municipality_id bigint       not null,
    case_id         bigint references provisum.case_file (id) on delete cascade,
    registered_at   timestamptz  not null default now(),
    kind            varchar(30)  not null,
    title           varchar(300) not null,
    registered_by   varchar(100) not null
);
create index on provisum.register_entry (case_id);
