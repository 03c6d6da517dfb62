-- A number that changes with every change of the register's organisations or of whom they act
-- for, on any node: the API keeps its rendered organisation lists while the number stands.
create table core.register_version (
    id      int primary key default 1 check (id = 1),
    version bigint not null
);
insert into core.register_version (id, version) values (1, 0);

create function core.register_changed() returns trigger language plpgsql as $$
begin
    update core.register_version set version = version + 1 where id = 1;
    return null;
end
$$;

create trigger organisation_changed after insert or update or delete or truncate on core.organisation
    for each statement execute function core.register_changed();
create trigger organisation_acts_for_changed after insert or update or delete or truncate on core.organisation_acts_for
    for each statement execute function core.register_changed();
