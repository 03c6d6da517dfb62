-- Reminders of follow-ups due: to the person's caseworker, or else to whoever set the follow-up.
alter table uka.young_person add column caseworker_user_id bigint;
alter table uka.follow_up add column created_by_user_id bigint;
alter table uka.follow_up add column reminded_at timestamptz;
create index follow_up_to_remind on uka.follow_up (due_date) where done_at is null and reminded_at is null;
