package se.sambruk.tillarbetslivet.season;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import se.sambruk.core.SealingKey;
import se.sambruk.schooldata.SchoolDataReader;
import se.sambruk.schooldata.SchoolDataReads;
import se.sambruk.schooldata.SchoolDataUse;
import se.sambruk.schooldata.Ss12000Client;

/**
 * Tillarbetslivet's use of the municipality's stored SS 12000 connection (platform-schooldata: all
 * or nothing, runs logged, one node): every object is read ({@link SchoolDataReader#readAll}); when
 * none is bad, the pupils of the municipality's school years become class lists
 * ({@link SchoolDataImport}). By hand, or every night ({@code sambruk.tillarbetslivet.ss12000-cron})
 * for the connections set to it. The client secret is sealed under
 * {@code sambruk.tillarbetslivet.secret-key}. The figures of a run: {@code added}, {@code updated}.
 */
@Service
public class ClassListReading implements SchoolDataUse<SchoolDataReader.Read> {

    public static final String SERVICE = "tillarbetslivet";
    public static final int DEFAULT_FROM_YEAR = 8;
    public static final int DEFAULT_TO_YEAR = 9;

    /** The school years taken from the school data. */
    public record Years(int from, int to) {
    }

    private final SchoolDataReads reads;
    private final SchoolDataImport schoolDataImport;
    private final JdbcTemplate jdbc;
    private final Optional<SealingKey> key;
    private final Duration timeout;

    ClassListReading(SchoolDataReads reads, SchoolDataImport schoolDataImport, JdbcTemplate jdbc,
                     @Value("${sambruk.tillarbetslivet.secret-key:}") String base64Key,
                     @Value("${sambruk.tillarbetslivet.ss12000-timeout:PT60S}") Duration timeout) {
        this.reads = reads;
        this.schoolDataImport = schoolDataImport;
        this.jdbc = jdbc;
        this.key = SealingKey.fromSetting(keySetting(), base64Key);
        this.timeout = timeout;
    }

    @Override
    public Duration readTimeout() {
        return timeout;
    }

    @Override
    public String service() {
        return SERVICE;
    }

    @Override
    public Optional<SealingKey> sealingKey() {
        return key;
    }

    @Override
    public String keySetting() {
        return "sambruk.tillarbetslivet.secret-key";
    }

    public Years years(long organisationId) {
        return jdbc.query("select from_year, to_year from tillarbetslivet.school_data_years where organisation_id = ?",
                (rs, i) -> new Years(rs.getInt(1), rs.getInt(2)), organisationId).stream().findFirst()
                .orElse(new Years(DEFAULT_FROM_YEAR, DEFAULT_TO_YEAR));
    }

    /** Stores the school years (the caller saves the connection in the same transaction). */
    public void setYears(long organisationId, int from, int to) {
        jdbc.update("""
                insert into tillarbetslivet.school_data_years (organisation_id, from_year, to_year) values (?, ?, ?)
                on conflict (organisation_id) do update set from_year = excluded.from_year, to_year = excluded.to_year""", organisationId, from, to);
    }

    public SchoolDataReads.Outcome readNow(long organisationId, String byWhom) {
        return reads.readNow(this, organisationId, "MANUAL", byWhom);
    }

    @Scheduled(cron = "${sambruk.tillarbetslivet.ss12000-cron:0 55 0 * * *}")
    public void readNightly() {
        reads.readNightly(this);
    }

    @Override
    public Gathered<SchoolDataReader.Read> gather(Ss12000Client client, long organisationId, LocalDate today) {
        SchoolDataReader.Read read = SchoolDataReader.readAll(client, today);
        List<String> problems = read.problems().stream()
                .map(p -> p.kind() + " " + (p.objectId() == null ? "" : p.objectId()) + ": " + p.message()).toList();
        return new Gathered<>(read.records().size() + read.problems().size(), read, problems);
    }

    @Override
    public Map<String, Integer> apply(long organisationId, SchoolDataReader.Read read) {
        Years years = years(organisationId);
        SchoolDataImport.Outcome done = schoolDataImport.importRead(organisationId, read, years.from(), years.to());
        return Map.of("added", done.added(), "updated", done.updated());
    }
}
