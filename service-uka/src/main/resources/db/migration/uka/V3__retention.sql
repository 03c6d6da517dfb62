-- Gallring: a person whose coverage ended long enough ago is anonymised, not deleted, so that the
-- statistics (coverage periods, action categories and dates, contact dates) survive without the person.
alter table uka.young_person add column anonymised_at timestamptz;
create index young_person_retention on uka.young_person (organisation_id, coverage_changed_on) where not covered and anonymised_at is null;
