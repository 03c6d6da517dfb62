-- The node (application instance) that executes a run, so that a run whose node is gone can be
-- marked INTERRUPTED instead of staying RUNNING for ever; and a cancellation asked for on any node.
alter table egil.sync_run add column owner_node varchar(36);
alter table egil.sync_run add column cancel_requested_by varchar(100);
create index sync_run_unfinished on egil.sync_run (status) where status in ('PLANNING', 'RUNNING');
