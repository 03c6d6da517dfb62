-- Messages between a principal's guardians and the överförmyndare office, each registered in the diarium.
create table provisum.message (
    id              bigserial primary key,
    principal_id    bigint        not null references provisum.principal (id) on delete cascade,
    municipality_id bigint        not null,
    from_office     boolean       not null,
    author          varchar(200)  not null,
    body            varchar(4000) not null,
    created_at      timestamptz   not null default now()
);
create index on provisum.message (principal_id, created_at);
