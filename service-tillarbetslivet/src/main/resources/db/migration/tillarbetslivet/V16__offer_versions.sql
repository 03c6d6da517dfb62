-- s10-tal: a workplace edits an offer it has signed as a new version (signed again, decided by the
-- coordinator again); the old version stays in force until the new one is approved, and is then
-- REPLACED (an approved one's place takes the new details, its pupils' choices and placements stay).
alter table tillarbetslivet.place_offer add column replaces_offer_id bigint references tillarbetslivet.place_offer (id) on delete set null;
alter table tillarbetslivet.place_offer drop constraint place_offer_status_check;
alter table tillarbetslivet.place_offer add constraint place_offer_status_check
    check (status in ('DRAFT', 'SIGNED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'REPLACED'));
create index place_offer_replaces on tillarbetslivet.place_offer (replaces_offer_id);
-- what the pupil does at the place (the offer's description; the coordinator edits it on the place)
alter table tillarbetslivet.place add column description varchar(1000) not null default '';
update tillarbetslivet.place p set description = o.description
from tillarbetslivet.place_offer o where o.place_id = p.id and o.status = 'APPROVED';
-- when the contact person of a pupil's own place was reminded (once) that the request waits for an answer
alter table tillarbetslivet.found_place add column reminded_at timestamptz;
