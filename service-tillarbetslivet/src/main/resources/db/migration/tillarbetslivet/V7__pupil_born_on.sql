-- A pupil's date of birth, when the class list gives it: the time rules for minors past compulsory
-- school (APL, praktik in upper secondary school) apply to the days before the 18th birthday.
alter table tillarbetslivet.pupil add column born_on date;
