-- The school years Tillarbetslivet takes from the municipality's stored SS 12000 connection
-- (platform-schooldata's schooldata.connection, service 'tillarbetslivet'), read by hand or every night.
create table tillarbetslivet.school_data_years (
    organisation_id bigint primary key,
    from_year       smallint not null check (from_year between 1 and 13),
    to_year         smallint not null check (to_year between 1 and 13),
    check (from_year <= to_year)
);
