-- A fee for part of a year (PartYearFee): the days the guardian held the assignment in the year and the
-- year's days; null for a whole year's fee.
alter table provisum.fee_decision
    add column held_from    date,
    add column held_to      date,
    add column days_held    int,
    add column days_in_year int,
    add column year_amount  numeric(12, 2);
