-- Search at the size of a real catalogue (20,000 titles and more).
--
-- 1. The GIN indexes had a pending list (fastupdate, the default): a bulk import, or "select all"
--    (which puts every title into the partial indexes at once), left tens of thousands of entries
--    in the list, the planner then priced the index above a sequential scan, and each search
--    computed word_similarity() over every title (300-500 ms at 20,000 titles). Without a
--    pending list every insert goes into the index itself; the catalogue is written rarely.
-- 2. Typos are corrected against the catalogue's vocabulary (a few tens of thousands of distinct
--    words, with a trigram index), not against every title: each typed word that is not a known
--    word is replaced by the known words most similar to it, and the words are then looked up in
--    the full-text index (the method of PostgreSQL's pg_trgm documentation for spelling
--    suggestions). The trigram comparison on the titles themselves is no longer needed.

drop index bibblix.title_search;
create index title_search on bibblix.title using gin (search_vector) with (fastupdate = off) where selected;
drop index bibblix.title_trigram;

-- The words of a text as the text search parser splits them, lower case, without numbers.
create function bibblix.words_of(text) returns setof text language sql immutable parallel safe strict
    as $$ select lexeme from unnest(to_tsvector('simple', $1)) where lexeme !~ '^[0-9]+$' and length(lexeme) between 2 and 60 $$;

-- Every word of every title's title, subtitle, authors, blurb and description: the word as written
-- (lower case, with å, ä, ö) and folded (no accents), which the trigram comparison uses.
create table bibblix.search_word (
    word   varchar(60) primary key,
    folded varchar(60) not null
);
create index search_word_folded on bibblix.search_word (folded);
create index search_word_trigram on bibblix.search_word using gin (folded public.gin_trgm_ops) with (fastupdate = off);

create function bibblix.remember_words() returns trigger language plpgsql as $$
begin
    insert into bibblix.search_word (word, folded)
    select w, bibblix.fold(w) from bibblix.words_of(concat_ws(' ', new.title, new.subtitle, new.authors, new.blurb, new.description)) w
    on conflict do nothing;
    return null;
end $$;
create trigger title_words after insert or update of title, subtitle, authors, blurb, description on bibblix.title
    for each row execute function bibblix.remember_words();

insert into bibblix.search_word (word, folded)
select distinct w, bibblix.fold(w)
from bibblix.title, bibblix.words_of(concat_ws(' ', title, subtitle, authors, blurb, description)) w
on conflict do nothing;

-- Moved by every change of the catalogue (titles, categories): the kept search answers and
-- category tiles stand while it stands, on every node.
create table bibblix.catalogue_version (
    id      int primary key check (id = 1),
    version bigint not null
);
insert into bibblix.catalogue_version values (1, 1);
create function bibblix.catalogue_changed() returns trigger language plpgsql as $$
begin
    update bibblix.catalogue_version set version = version + 1 where id = 1;
    return null;
end $$;
create trigger title_changed after insert or update or delete or truncate on bibblix.title
    for each statement execute function bibblix.catalogue_changed();
create trigger category_changed after insert or update or delete or truncate on bibblix.category
    for each statement execute function bibblix.catalogue_changed();

-- Children's non-fiction about mysteries and the unexplained (Thema YNX) suggests the mysteries tile.
update bibblix.category set thema = 'YFCF YFD YNX' where slug = 'mysterier';
