-- Objects a run did not send because they refer to something the supplier does not hold
-- (their transfer rows have operation WAIT and the reason as answer).
alter table egil.sync_run add column waiting integer not null default 0;
comment on column egil.transfer.operation is 'POST, PUT, DELETE; WAIT (not sent: refers to an object the supplier does not hold); CONFLICT (409: the supplier holds something else under this externalId or userName)';
