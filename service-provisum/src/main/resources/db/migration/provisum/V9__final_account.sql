-- The sluträkning (final account): compiled from the bookkeeping like the annual account, for the part of
-- the year up to the day the assignment ended; its period is kept on the account (null for an annual account).
alter table provisum.annual_account
    add column period_start date,
    add column period_end   date,
    add check (period_end is null or period_start <= period_end);
