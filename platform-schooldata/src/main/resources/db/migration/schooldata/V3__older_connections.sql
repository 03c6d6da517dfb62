-- The services' connections kept before this module existed come over here, whatever the order in
-- which the module folders migrate: each copy runs only while the old table (or columns) still exist,
-- and drops them only after copying. The service's own migration does the same when it runs after this
-- one (uka/V10, egil/V31); whichever runs when both sides exist does the copy, once.
-- The sealed client secrets are copied as they are: each service opens them with its own key and purpose.
do $$
begin
    -- UKA (uka/V6): connections and their reads.
    if to_regclass('uka.school_data_connection') is not null then
        insert into schooldata.connection (organisation_id, service, base_url, token_url, client_id, client_secret_cipher, scope, nightly,
                                           updated_by, updated_at)
        select organisation_id, 'uka', base_url, token_url, client_id, client_secret_cipher, scope, nightly, updated_by, updated_at
        from uka.school_data_connection
        on conflict (organisation_id, service) do nothing;
        insert into schooldata.run (organisation_id, service, started_at, finished_at, trigger, by_whom, ok, records_read, figures, message, problems)
        select organisation_id, 'uka', started_at, finished_at, trigger, by_whom, ok, persons_read,
               jsonb_build_object('added', added, 'updated', updated, 'started', started, 'ended', ended), message, problems
        from uka.school_data_run
        order by id;
        drop table uka.school_data_run;
        drop table uka.school_data_connection;
    end if;
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
