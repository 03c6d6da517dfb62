-- The SS 12000 connection and its reads move to platform-schooldata (schema schooldata, one per
-- organisation and service). The sealed client secret is copied as it is: UKA still opens it with
-- sambruk.uka.secret-key under the same purpose ('uka.ss12000.client-secret').
-- The schooldata folder migrates before uka (ModuleMigrations takes the folders by name).
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
