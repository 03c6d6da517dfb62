-- s9-tal-c: a place's position (WGS84), set from its address through the core's geocoder when the
-- place is saved; empty when the address could not be placed (the pupils' search by distance then
-- lists the place last, "avstånd okänt").
alter table tillarbetslivet.place add column lat double precision check (lat between -90 and 90);
alter table tillarbetslivet.place add column lon double precision check (lon between -180 and 180);
