-- What an Open311 client may send with a request besides the point (GeoReport v2 POST requests):
-- the address it gave (perhaps instead of lat/long), its own ids, and a photo's URL elsewhere.
alter table fixamingata.report add column address_string varchar(500);
alter table fixamingata.report add column address_id varchar(100);
alter table fixamingata.report add column device_id varchar(100);
alter table fixamingata.report add column account_id varchar(100);
alter table fixamingata.report add column media_url varchar(2000);

-- What a back-end sends with an update (FixMyStreet's servicerequestupdates): a photo's URL and
-- its own status code, kept and shown again in the updates feed.
alter table fixamingata.report_update add column media_url varchar(2000);
alter table fixamingata.report_update add column external_status_code varchar(100);
