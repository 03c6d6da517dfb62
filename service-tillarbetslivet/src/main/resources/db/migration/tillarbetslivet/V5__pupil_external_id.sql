-- Pupils read from the municipality's SS 12000 API carry the person's id there, so a new read
-- updates them instead of adding them again.
alter table tillarbetslivet.pupil add column external_id uuid;
create unique index pupil_external on tillarbetslivet.pupil (organisation_id, external_id) where external_id is not null;
