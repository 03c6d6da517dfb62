-- The reminders and injunctions the deadlines called for, each sent once per case (the daily job).
create table provisum.deadline_notice (
    case_id    bigint      not null references provisum.case_file (id) on delete cascade,
    action     varchar(30) not null check (action in ('REMINDER', 'OVERDUE_REMINDER', 'INJUNCTION')),
    sent_on    date        not null,
    due_on     date        not null,
    recipients int         not null,
    primary key (case_id, action)
);
