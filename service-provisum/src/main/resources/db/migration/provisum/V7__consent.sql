-- The principal's own say (FB 16 kap. 4 §: before the office consents to a sale or permits an uttag,
-- a principal of 16 or more is heard): the office asks in the e-service, the principal signs in with
-- e-legitimation and gives or refuses consent with the core's signing.
create table provisum.consent_request (
    id           bigserial primary key,
    case_id      bigint        not null references provisum.case_file (id) on delete cascade,
    question     varchar(1000) not null,
    asked_on     date          not null,
    asked_by     varchar(100)  not null,
    answer       varchar(10) check (answer in ('GIVEN', 'REFUSED')),
    answered_at  timestamptz,
    signature_id bigint
);
create index on provisum.consent_request (case_id);
