-- Extra questions a municipality asks residents per category, and the answers stored with a report.
create table fixamingata.category_question (
    id              bigserial primary key,
    category_id     bigint not null references fixamingata.category (id) on delete cascade,
    organisation_id bigint not null,
    label           varchar(200) not null,
    required        boolean not null default false,
    position        int not null default 0
);
create index category_question_category on fixamingata.category_question (category_id, position);

-- The label is copied so that an answer keeps its question when the question is later changed.
create table fixamingata.report_answer (
    id          bigserial primary key,
    report_id   bigint not null references fixamingata.report (id) on delete cascade,
    question_id bigint references fixamingata.category_question (id) on delete set null,
    label       varchar(200) not null,
    answer      varchar(2000) not null,
    position    int not null default 0
);
create index report_answer_report on fixamingata.report_answer (report_id, position);
