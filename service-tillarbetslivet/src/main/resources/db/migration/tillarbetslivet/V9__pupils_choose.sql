-- Pupils rank their own choices in the e-service during a period's choosing window.
-- The pupil is found by a keyed hash (HMAC-SHA256 under sambruk.tillarbetslivet.pupil-key) of the
-- personnummer from the class list: the number itself is never stored.
alter table tillarbetslivet.pupil add column person_hash varchar(64);
create index pupil_person_hash on tillarbetslivet.pupil (person_hash) where person_hash is not null;

-- The coordinator opens and closes each period's choosing window (closed by default) and sets
-- how many places a pupil ranks.
alter table tillarbetslivet.period
    add column choosing_open boolean not null default false,
    add column max_choices   int not null default 6 check (max_choices between 1 and 10);

-- Who made a choice: the pupil in the e-service, or the coordinator (class list or by hand).
alter table tillarbetslivet.choice add column by_pupil boolean not null default false;
