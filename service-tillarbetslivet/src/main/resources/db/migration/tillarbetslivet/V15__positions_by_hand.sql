-- s10-tal: a place's position set by hand or again from its address, and a school's own address.
-- position_source: GEOCODER (from the address) or HAND (the coordinator's latitude and longitude);
-- position_tried_at: when the geocoder was last asked for the place's address (the nightly job
-- positions the places without one, and asks again for an address not found after a week).
alter table tillarbetslivet.place add column position_source varchar(10) check (position_source in ('GEOCODER', 'HAND'));
alter table tillarbetslivet.place add column position_tried_at timestamptz;
update tillarbetslivet.place set position_source = 'GEOCODER' where lat is not null;
-- the school's visiting address: the pupils' search by distance measures from it (else from the school's name)
alter table tillarbetslivet.school add column address varchar(200);
