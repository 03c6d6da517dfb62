-- The suitability check (FB 11 kap. 12 §) as its three parts: the criminal record, the
-- Enforcement Authority's register of debts, and an interview.
alter table provisum.guardian
    add column criminal_record_checked boolean not null default false,
    add column debts_checked           boolean not null default false,
    add column interviewed             boolean not null default false;
update provisum.guardian set criminal_record_checked = true, debts_checked = true, interviewed = true
 where suitability_checked_on is not null;

-- The municipality's fee rules: a share of the prisbasbelopp per task, edited by the office
-- (the defaults apply where a municipality has no row).
create table provisum.fee_rule (
    municipality_id bigint       not null,
    task            varchar(30)  not null check (task in ('BEVAKA_RATT', 'FORVALTA_EGENDOM', 'SORJA_FOR_PERSON')),
    share_percent   numeric(5, 2) not null check (share_percent > 0 and share_percent <= 100),
    updated_at      timestamptz  not null default now(),
    updated_by      varchar(100) not null,
    primary key (municipality_id, task)
);

alter table provisum.fee_decision add column tasks varchar(100);

-- A deleted case leaves its id here so its attachments (kept by the core) are deleted after it
-- (ProvisumRetention drains this after each run, and the case page's deletes never reach the core's table).
create table provisum.deleted_case (
    case_id         bigint primary key,
    municipality_id bigint      not null,
    deleted_at      timestamptz not null default now()
);
create function provisum.remember_deleted_case() returns trigger language plpgsql as $$
begin
    insert into provisum.deleted_case (case_id, municipality_id) values (old.id, old.municipality_id) on conflict do nothing;
    return old;
end $$;
create trigger case_file_deleted after delete on provisum.case_file for each row execute function provisum.remember_deleted_case();

-- 2025's amount checked on 2026-12-07 against Företagarna, Visma Spcs and the press on SCB's figure
-- (58 800 kr; förhöjt 60 000 kr); the förordning's SFS number was not found.
update provisum.price_base_amount set source = 'förordning om prisbasbelopp för år 2025 (belopp kontrollerat 2026-12-07)' where year = 2025;
