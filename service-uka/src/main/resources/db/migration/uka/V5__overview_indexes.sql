-- The daily overview asks, for each listed person, for the first open follow-up: without this
-- index every person's question read all of the municipality's open follow-ups (minutes at 50,000
-- people in bench/uka.sh).
create index follow_up_open_person on uka.follow_up (organisation_id, person_id, due_date) where done_at is null;
