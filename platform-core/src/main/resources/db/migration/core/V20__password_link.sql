-- One-time links to choose a password: sent to a new user (an invitation) or on request by an
-- administrator (a reset). Only the SHA-256 of the token is stored; a link works once, until it expires.
create table core.password_link (
    token_hash  char(64)    primary key,
    user_id     bigint      not null references core.app_user (id) on delete cascade,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_link_user on core.password_link (user_id);
