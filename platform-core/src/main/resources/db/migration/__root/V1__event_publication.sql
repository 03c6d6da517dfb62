-- Spring Modulith's event publication registry (schema v2), shared by all modules.
create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_listener_and_event on event_publication (listener_id, serialized_event);
create index event_publication_by_completion_date on event_publication (completion_date);

create table event_publication_archive (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
