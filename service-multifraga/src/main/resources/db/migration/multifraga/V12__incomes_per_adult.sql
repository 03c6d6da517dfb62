-- e-Ansökan per adult: each adult of the application declares their own incomes. The applicant's
-- stay in income_salary/_benefits/_other; the co-applicant's (with the first name the applicant gave)
-- are new. Applications made before declared the household's incomes together: incomes_per_adult is
-- false for them (their one declaration is compared with the whole household's payments), true for
-- every application started from now on.
alter table multifraga.application
    add column co_applicant_name  varchar(60),
    add column co_income_salary   int,
    add column co_income_benefits int,
    add column co_income_other    int,
    add column incomes_per_adult  boolean not null default false;
alter table multifraga.application alter column incomes_per_adult set default true;

-- The income lines kept with a decision are per adult; the lines kept so far are the applicant's.
alter table multifraga.application_income
    add column person text not null default 'APPLICANT' check (person in ('APPLICANT', 'CO_APPLICANT'));
alter table multifraga.application_income alter column person drop default;
alter table multifraga.application_income drop constraint application_income_pkey;
alter table multifraga.application_income add primary key (application_id, person, kind);

-- What the decision left out of the incomes (payments of the month that are not income), per person
-- and with why, kept with the decision so a later change of the not-income list does not change a
-- decided case. not_counted_kept: the list was kept (an empty list is then "nothing left out").
create table multifraga.application_not_counted (
    application_id bigint       not null references multifraga.application (id) on delete cascade,
    position       int          not null,
    person_masked  varchar(20)  not null,
    source_name    varchar(200) not null,
    kind           varchar(200),
    kronor         int,
    reason         varchar(500) not null,
    primary key (application_id, position)
);
alter table multifraga.application add column not_counted_kept boolean not null default false;
