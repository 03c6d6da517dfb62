-- Failed sign-ins, counted per client address, per username and address, and per username, so
-- that each may be slowed down with growing delays (LoginThrottle) instead of locking accounts.
create table core.login_throttle (
    throttle_key     varchar(400) primary key,
    failures         integer      not null,
    last_failure_at  timestamptz  not null,
    next_allowed_at  timestamptz  not null
);
