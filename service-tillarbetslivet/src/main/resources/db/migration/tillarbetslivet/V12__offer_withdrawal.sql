-- A workplace withdraws an offer it has signed: one awaiting the coordinator's decision is simply
-- withdrawn; an approved one's place takes no more pupils (no seats, marked withdrawn), which is
-- refused while a pupil is placed there.
alter table tillarbetslivet.place_offer drop constraint place_offer_status_check;
alter table tillarbetslivet.place_offer add constraint place_offer_status_check
    check (status in ('DRAFT', 'SIGNED', 'APPROVED', 'REJECTED', 'WITHDRAWN'));
alter table tillarbetslivet.place_offer add column withdrawn_at timestamptz;
alter table tillarbetslivet.place add column withdrawn_at timestamptz;
