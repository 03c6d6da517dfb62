/**
 * Bibblix: the children's e-book library. Children browse and search a catalogue chosen by
 * children's librarians and borrow e-books with their municipality's library card (checked over
 * SIP2); librarians import the supplier's ONIX feed, select and describe titles and follow the
 * statistics.
 *
 * <p>Features: {@code catalogue} (titles, categories, age bands, search, the children's pages),
 * {@code onix} (ONIX for Books 3.0 import), {@code sip2} (the library card check), {@code loan}
 * (the rules, the supplier connector, housekeeping), {@code library} (each municipality's library
 * settings), {@code librarian} (the BIBBLIX_LIBRARIAN pages, statistics), {@code demo}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bibblix")
package se.sambruk.bibblix;
