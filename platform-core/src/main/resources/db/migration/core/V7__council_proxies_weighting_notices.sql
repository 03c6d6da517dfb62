-- Voting rounds, continued: a stated tie-break, votes by proxy, and the notices sent to delegates.

alter table core.council_round
    add column tie_break varchar(20) not null default 'STATUS_QUO',
    add column opening_notice_at timestamp with time zone,
    add column closing_notice_at timestamp with time zone;

-- weight is now the population or the cost share in öre, by the round's weighting
alter table core.council_vote
    add column proxy_organisation_id bigint references core.organisation (id);

-- an organisation gives its vote in one round to another member organisation
create table core.council_proxy (
    round_id             bigint       not null references core.council_round (id) on delete cascade,
    from_organisation_id bigint       not null references core.organisation (id),
    to_organisation_id   bigint       not null references core.organisation (id),
    given_by             varchar(100) not null,
    given_at             timestamp with time zone not null,
    primary key (round_id, from_organisation_id),
    check (from_organisation_id <> to_organisation_id)
);
