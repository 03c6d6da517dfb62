-- The staff dashboard aggregates a municipality's reports of the last twelve months in SQL: this
-- index holds every column it reads, so PostgreSQL answers from the index alone (no table reads).
create index report_dashboard on fixamingata.report (organisation_id, created_at)
    include (category_id, source, state, first_answer_at, closed_at, lat, lon);

-- The CSV export of updates for a period reads a municipality's timeline entries by time.
create index report_update_by_time on fixamingata.report_update (organisation_id, created_at);
