-- The inventory (förteckning, FB 14 kap. 1 §): the principal's assets and debts on the day of the
-- appointment, filled in by the guardian in the e-service and signed; one per inventory case.
create table provisum.inventory (
    id           bigserial primary key,
    case_id      bigint not null unique references provisum.case_file (id) on delete cascade,
    as_of        date   not null,
    submitted_on date
);

create table provisum.inventory_item (
    id           bigserial primary key,
    inventory_id bigint        not null references provisum.inventory (id) on delete cascade,
    kind         varchar(10)   not null check (kind in ('ASSET', 'DEBT')),
    description  varchar(200)  not null,
    amount       numeric(14, 2) not null check (amount >= 0)
);
create index on provisum.inventory_item (inventory_id);
