-- EGIL's connections kept before this module held them come over here, whatever the order in which
-- the module folders migrate: the copy runs only while the old columns still exist, and drops them
-- only after copying. egil/V31 does the same when it runs after this one; whichever runs when both
-- sides exist does the copy, once. (UKA's rows were moved by uka/V10, already applied in
-- installations, so it is left as it was: an applied migration's text never changes.)
-- The sealed client secrets are copied as they are: each service opens them with its own key and purpose.
do $$
begin
    -- EGIL (egil/V1): an API source's connection, key 'egil/<source id>'.
    if exists (select 1 from information_schema.columns where table_schema = 'egil' and table_name = 'source' and column_name = 'base_url') then
        insert into schooldata.connection (organisation_id, service, base_url, token_url, client_id, client_secret_cipher, scope, nightly,
                                           updated_by, updated_at)
        select organisation_id, 'egil/' || id, base_url, coalesce(token_url, ''), coalesce(client_id, ''), coalesce(client_secret_cipher, ''),
               scope, true, 'EGIL (flyttad)', created_at
        from egil.source
        where kind = 'SS12000' and base_url is not null
        on conflict (organisation_id, service) do nothing;
        alter table egil.source drop column base_url, drop column token_url, drop column client_id, drop column client_secret_cipher,
            drop column scope, drop column modified_cursor;
    end if;
end $$;
