-- e-Ansökan: which look-up the decision's income comparison used (the automatic one or a later one
-- the caseworker made on the case: its id, who made it and when), and the municipality's buffer of
-- bank balances when the decision was made, so the decided page shows the same assets assessment.
alter table multifraga.application
    add column compared_lookup_id bigint,
    add column compared_lookup_by varchar(100),
    add column compared_lookup_at timestamp with time zone,
    add column asset_buffer       int;
