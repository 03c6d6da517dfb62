-- The day of each young person's newest contact, kept on the person so that the daily overview's
-- "no contact for N days" (and its other lists) read one column instead of a max() over the whole
-- contact log (500,000 rows in bench/uka.sh). Kept by statement triggers on uka.contact, so it is
-- written in the same transaction as every insert, edit and delete of a contact, whoever writes it
-- (the contact form, its correction page, the demo data, any import of contacts).
alter table uka.young_person add column last_contact date;

update uka.young_person p set last_contact = c.last_contact
  from (select organisation_id, person_id, max(contact_date) as last_contact from uka.contact group by organisation_id, person_id) c
 where c.organisation_id = p.organisation_id and c.person_id = p.id;

-- "No contact since the day": covered people of the municipality (and of a caseworker), oldest contact first.
create index young_person_last_contact on uka.young_person (organisation_id, last_contact nulls first, name) where covered;
create index young_person_caseworker_last_contact on uka.young_person (organisation_id, caseworker, last_contact nulls first, name) where covered;

-- New contacts can only move the day forward.
create function uka.contact_inserted() returns trigger language plpgsql as $$
begin
    update uka.young_person p set last_contact = n.last_contact
      from (select organisation_id, person_id, max(contact_date) as last_contact from inserted group by organisation_id, person_id) n
     where p.organisation_id = n.organisation_id and p.id = n.person_id
       and (p.last_contact is null or p.last_contact < n.last_contact);
    return null;
end
$$;

-- An edited date (or a contact moved to another person) and a deleted contact: the day is read again
-- for the people concerned.
create function uka.contact_updated() returns trigger language plpgsql as $$
begin
    update uka.young_person p set last_contact = (select max(c.contact_date) from uka.contact c
                                                   where c.organisation_id = p.organisation_id and c.person_id = p.id)
     where (p.organisation_id, p.id) in (
            select o.organisation_id, o.person_id from removed o join inserted n on n.id = o.id
             where o.contact_date is distinct from n.contact_date or o.person_id <> n.person_id or o.organisation_id <> n.organisation_id
            union
            select n.organisation_id, n.person_id from removed o join inserted n on n.id = o.id
             where o.contact_date is distinct from n.contact_date or o.person_id <> n.person_id or o.organisation_id <> n.organisation_id);
    return null;
end
$$;

create function uka.contact_deleted() returns trigger language plpgsql as $$
begin
    update uka.young_person p set last_contact = (select max(c.contact_date) from uka.contact c
                                                   where c.organisation_id = p.organisation_id and c.person_id = p.id)
     where (p.organisation_id, p.id) in (select distinct organisation_id, person_id from removed);
    return null;
end
$$;

create trigger contact_last_on_insert after insert on uka.contact
    referencing new table as inserted for each statement execute function uka.contact_inserted();
create trigger contact_last_on_update after update on uka.contact
    referencing old table as removed new table as inserted for each statement execute function uka.contact_updated();
create trigger contact_last_on_delete after delete on uka.contact
    referencing old table as removed for each statement execute function uka.contact_deleted();
