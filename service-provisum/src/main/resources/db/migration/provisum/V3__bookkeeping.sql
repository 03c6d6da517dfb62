-- The guardian's bookkeeping during the year, per principal: the accounts (with the balance at the
-- start of the first year kept here) and their transactions, typed or imported from the bank.
create table provisum.book_account (
    id             bigserial primary key,
    principal_id   bigint       not null references provisum.principal (id) on delete cascade,
    name           varchar(100) not null,
    account_number varchar(40),
    first_year     int          not null,
    opening        numeric(14, 2) not null,
    created_at     timestamptz  not null default now(),
    unique (principal_id, name)
);

create table provisum.book_entry (
    id                  bigserial primary key,
    book_account_id     bigint        not null references provisum.book_account (id) on delete cascade,
    booked_on           date          not null,
    amount              numeric(14, 2) not null check (amount <> 0),
    category            varchar(30)   not null check (category in ('INCOME', 'EXPENSE', 'CASH_WITHDRAWAL', 'TRANSFER_TO_GUARDIAN', 'GIFT', 'TRANSFER_OWN_ACCOUNT')),
    text                varchar(300)  not null default '',
    proof_attachment_id bigint,
    import_ref          varchar(200),
    created_at          timestamptz   not null default now(),
    unique (book_account_id, import_ref)
);
create index on provisum.book_entry (book_account_id, booked_on);

-- The statement that proves an account's balance at the end of a year (an attachment in the core).
create table provisum.book_statement (
    book_account_id bigint not null references provisum.book_account (id) on delete cascade,
    year            int    not null,
    attachment_id   bigint not null,
    primary key (book_account_id, year)
);
