/**
 * School data shared by the services that need it (EGIL, UKA, Tillarbetslivet): the SS 12000
 * (2.1) client, the CSV reader for organisers without an API, the mapper that checks what the
 * standard requires, and the records they produce. Knows no service and keeps no state; each
 * service stores what it reads in its own schema.
 *
 * <p>Public API (this package): {@link se.sambruk.schooldata.SchoolDataReader} (read all, read
 * changes, read a CSV file), {@link se.sambruk.schooldata.Ss12000Client},
 * {@link se.sambruk.schooldata.CsvSchoolData}, {@link se.sambruk.schooldata.Ss12000Mapper},
 * {@link se.sambruk.schooldata.SchoolRecords}, {@link se.sambruk.schooldata.SchoolData},
 * {@link se.sambruk.schooldata.SchoolObjectKind}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "School data")
package se.sambruk.schooldata;
