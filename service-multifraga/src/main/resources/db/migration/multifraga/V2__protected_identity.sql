-- The look-up is flagged when a person in it has protected identity (an agency's answer said so,
-- or a municipality marked the person in the core): the list and the page show the mark.
alter table multifraga.lookup add column protected_identity boolean not null default false;
