-- E-mails wait here until the mail server has taken them (transactional outbox).
create table core.outgoing_mail (
    id              bigserial primary key,
    recipient       varchar(320) not null,
    subject         varchar(300) not null,
    body            text not null,
    created_at      timestamptz not null default now(),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null default now(),
    sent_at         timestamptz,
    last_error      varchar(1000)
);
create index outgoing_mail_due on core.outgoing_mail (next_attempt_at) where sent_at is null;

-- What the app lists under a user's notifications.
create table core.user_notification (
    id         bigserial primary key,
    user_id    bigint not null references core.app_user (id) on delete cascade,
    subject    varchar(300) not null,
    body       text not null,
    link       varchar(500),
    created_at timestamptz not null default now(),
    read_at    timestamptz
);
create index user_notification_user on core.user_notification (user_id, created_at desc);
