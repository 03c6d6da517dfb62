-- The address the member gave the association in its membership application (its contact
-- address). A first administrator that Sambruk's staff create for the organisation gets the
-- sign-in link only there; staff never type it (see docs/architecture.md, Browser users).
alter table core.member add column contact_email varchar(254);
