-- The inbox filtered by category: NewestFirst reads each state's newest reports of the category
-- off this index, at most a page per state. Through (organisation_id, state, created_at) it
-- read and discarded the other categories' rows, about twenty times as many (bench/README.md).
create index report_by_category_state on fixamingata.report (organisation_id, category_id, state, created_at desc);
