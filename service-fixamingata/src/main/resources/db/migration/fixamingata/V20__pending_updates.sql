-- A resident's update on a report (comment, "fixed", "not fixed") held until the e-mailed link is
-- followed and its button pressed: only then is it published and forwarded to the municipality.
-- The token is kept only as its SHA-256; the address is blanked once the update is confirmed.
create table fixamingata.pending_update (
    id           bigserial primary key,
    report_id    bigint        not null references fixamingata.report (id) on delete cascade,
    action       varchar(10)   not null check (action in ('COMMENT', 'FIXED', 'REOPEN')),
    name         varchar(200),
    text         varchar(5000) not null,
    email        varchar(320)  not null,
    token_hash   char(64)      not null unique,
    created_at   timestamptz   not null default now(),
    expires_at   timestamptz   not null,
    confirmed_at timestamptz
);

create index pending_update_created on fixamingata.pending_update (created_at);
