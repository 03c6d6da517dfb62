-- Guardians' e-mail addresses on the pupil (from the class list or entered by hand), the employer's
-- risk assessment for minors on the place, and the e-mail to the guardians when a placement is
-- published (one row per placement: it is sent once).

alter table tillarbetslivet.pupil add column guardian_emails varchar(700) not null default '';
alter table tillarbetslivet.place add column risk_assessment varchar(4000) not null default '';

create table tillarbetslivet.guardian_notice (
    placement_id    bigint primary key references tillarbetslivet.placement (id) on delete cascade,
    organisation_id bigint not null,
    recipients      varchar(700) not null,
    sent_by         varchar(100) not null,
    sent_at         timestamptz not null default now()
);
