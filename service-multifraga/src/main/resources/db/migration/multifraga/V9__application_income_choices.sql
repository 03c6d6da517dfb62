-- e-Ansökan: per income kind, what the applicant declared, what the agencies answered for the
-- month before (null: no answer), the paying sources that gave none, and which amount the
-- caseworker counted; kept with the decision, so the decision stands when the answers are cleared.
create table multifraga.application_income (
    application_id bigint  not null references multifraga.application (id) on delete cascade,
    kind           text    not null check (kind in ('SALARY', 'BENEFITS', 'OTHER')),
    declared       integer not null,
    agency         integer,
    parts          text    not null default '',
    state          text    not null check (state in ('NO_ANSWER', 'EQUAL', 'DIFFERS')),
    missing        text    not null default '',
    net_missing    boolean not null default false,
    counted        text    not null check (counted in ('DECLARED', 'AGENCY')),
    primary key (application_id, kind)
);
