-- The office's decisions as the guardian sees them in the e-service, with their reasons: the review of
-- an annual account, a fee, a consent or withdrawal permission, a föreläggande. Each is registered in
-- the diarium; the guardians are told by an e-mail without personal data.
create table provisum.decision (
    id         bigserial primary key,
    case_id    bigint        not null references provisum.case_file (id) on delete cascade,
    kind       varchar(20)   not null check (kind in ('REVIEW', 'FEE', 'PERMISSION', 'INJUNCTION')),
    title      varchar(300)  not null,
    reasons    varchar(4000) not null,
    decided_on date          not null,
    decided_by varchar(100)  not null,
    mailed     int           not null default 0,
    by_post    int           not null default 0
);
create index on provisum.decision (case_id);

-- The office's decision on a consent or a withdrawal permission (FB 14 kap. 11 §, 13 kap. 9 §).
alter table provisum.case_file add column permission varchar(10) check (permission in ('GRANTED', 'REFUSED'));
