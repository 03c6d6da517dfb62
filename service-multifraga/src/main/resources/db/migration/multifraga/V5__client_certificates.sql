-- A municipality's client certificate for the agencies' mutual TLS (PKCS#12 with its password,
-- sealed with the result key), with the subject and validity shown on the page.
create table multifraga.client_certificate (
    organisation_id  bigint primary key,
    sealed           text         not null,
    subject          varchar(500) not null,
    not_before       timestamp with time zone not null,
    not_after        timestamp with time zone not null,
    uploaded_by      varchar(100) not null,
    uploaded_at      timestamp with time zone not null default now()
);
