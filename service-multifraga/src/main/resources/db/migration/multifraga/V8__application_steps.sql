-- e-Ansökan step by step: each step of the form is saved on its own (steps_done lists those saved,
-- as Step names); assets (bank balances, vehicles, property, other assets with their value) and the
-- planning (work, job-seeking, sick leave, SFI, other: what and from when). On submission the
-- agency data for the household is asked automatically: the look-up's id, or why it could not be asked.
alter table multifraga.application
    add column steps_done          varchar(200) not null default '',
    add column asset_bank          int          not null default 0,
    add column asset_vehicles      int          not null default 0,
    add column asset_vehicles_text varchar(300),
    add column asset_property      int          not null default 0,
    add column asset_property_text varchar(300),
    add column asset_other         int          not null default 0,
    add column asset_other_text    varchar(300),
    add column lookup_id           bigint,
    add column lookup_error        varchar(300);

-- applications made with the one-page form had every step but assets and planning
update multifraga.application set steps_done = 'COSTS,HOUSEHOLD,INCOMES,PAYOUT,START';

create table multifraga.application_activity (
    application_id bigint       not null references multifraga.application (id) on delete cascade,
    kind           varchar(20)  not null,
    description    varchar(300) not null,
    since          date         not null,
    primary key (application_id, kind)
);
