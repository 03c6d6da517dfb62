-- Uses of public forms that send mail (PublicFormLimits): who (a client address or a recipient,
-- stored only as a SHA-256) used which form when, to limit floods. Rows older than a day are deleted.
create table core.public_form_use (
    form      varchar(100) not null,
    key_hash  char(64)     not null,
    used_at   timestamptz  not null
);
create index public_form_use_key on core.public_form_use (form, key_hash, used_at);
create index public_form_use_at on core.public_form_use (used_at);
