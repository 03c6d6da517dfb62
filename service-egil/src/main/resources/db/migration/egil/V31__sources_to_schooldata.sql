-- An API source's connection moves to platform-schooldata's stored connections (schooldata.connection,
-- key organisation + 'egil/<source id>'), as UKA's and Tillarbetslivet's are. The sealed client secret
-- is copied as it is: EGIL still opens it with sambruk.egil.secret-key under the purpose it was sealed
-- with ('egil.source.client-secret'). Every source was read at night before, so nightly is true. The
-- first read after the move is complete (the old cursor is not carried over), then reads of changes go on.
--
-- The copy does not rely on the order in which the module folders migrate: whichever of this migration
-- and schooldata/V3 runs when both tables exist copies the rows and only then drops the old columns;
-- if schooldata's table does not exist yet, nothing happens here and schooldata/V3 does it; if V3 has
-- done it already, the old columns are gone and nothing happens here either.
do $$
begin
    if to_regclass('schooldata.connection') is not null and exists (select 1 from information_schema.columns
            where table_schema = 'egil' and table_name = 'source' and column_name = 'base_url') then
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
