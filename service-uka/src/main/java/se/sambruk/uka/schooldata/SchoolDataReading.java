package se.sambruk.uka.schooldata;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import se.sambruk.core.Municipalities;
import se.sambruk.core.SealingKey;
import se.sambruk.schooldata.BadObjectException;
import se.sambruk.schooldata.SchoolDataReads;
import se.sambruk.schooldata.SchoolDataUse;
import se.sambruk.schooldata.SchoolObjectKind;
import se.sambruk.schooldata.SchoolRecords.Person;
import se.sambruk.schooldata.Ss12000Client;
import se.sambruk.schooldata.Ss12000Mapper;
import se.sambruk.uka.people.Register;

/**
 * UKA's use of the municipality's stored SS 12000 connection (platform-schooldata's
 * {@link SchoolDataReads}: all or nothing, runs logged, one node): the persons (with their
 * enrolments) become the register's facts ({@link SchoolDataFacts}, {@link Register#importSchoolData}).
 * At night ({@code sambruk.uka.ss12000-cron}) for the connections set to it. The figures of a run:
 * {@code added}, {@code updated}, {@code started}, {@code ended} (coverage).
 */
@Service
public class SchoolDataReading implements SchoolDataUse<List<SchoolDataFacts.Seen>> {

    public static final String SOURCE = "skoldata SS 12000";
    public static final String SERVICE = "uka";

    private final SchoolDataReads reads;
    private final Register register;
    private final UkaSecrets secrets;
    private final Municipalities municipalities;
    private final Duration timeout;

    SchoolDataReading(SchoolDataReads reads, Register register, UkaSecrets secrets, Municipalities municipalities,
                      @Value("${sambruk.uka.ss12000-timeout:PT60S}") Duration timeout) {
        this.reads = reads;
        this.register = register;
        this.secrets = secrets;
        this.municipalities = municipalities;
        this.timeout = timeout;
    }

    @Override
    public String service() {
        return SERVICE;
    }

    @Override
    public Optional<SealingKey> sealingKey() {
        return secrets.sealingKey();
    }

    @Override
    public String keySetting() {
        return "sambruk.uka.secret-key";
    }

    @Override
    public Duration readTimeout() {
        return timeout;
    }

    @Override
    public String objectsNoun() {
        return "personer";
    }

    /** Reads now, unless a read of the municipality is running (then that is the outcome). */
    public SchoolDataReads.Outcome readNow(long organisationId, String trigger, String byWhom) {
        return reads.readNow(this, organisationId, trigger, byWhom);
    }

    /** Tests the municipality's stored connection: a token and one organisation, nothing read. */
    public SchoolDataReads.Test test(long organisationId) {
        return reads.test(this, organisationId);
    }

    /** Every night, on one node: the municipalities whose connection is set to it are read. */
    @Scheduled(cron = "${sambruk.uka.ss12000-cron:0 45 0 * * *}")
    public void readNightly() {
        reads.readNightly(this);
    }

    @Override
    public Gathered<List<SchoolDataFacts.Seen>> gather(Ss12000Client client, long organisationId, LocalDate today) {
        String kommunkod = municipalities.kommunkod(organisationId).orElse(null);
        List<SchoolDataFacts.Seen> seen = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        int[] read = {0};
        Ss12000Mapper mapper = new Ss12000Mapper(today);
        client.readAll(SchoolObjectKind.PERSON, null, node -> {
            read[0]++;
            String id = node.path("id").asString("(utan id)");
            try {
                Person person = (Person) mapper.map(SchoolObjectKind.PERSON, node);
                SchoolDataFacts.of(person, SchoolDataFacts.registeredMunicipality(node), kommunkod, today).ifPresent(s -> {
                    if (numbers.add(s.personnummer().value())) {
                        seen.add(s);
                    } else {
                        problems.add("Person " + id + ": samma personnummer som en annan person i skoldatat");
                    }
                });
            } catch (BadObjectException | SchoolDataFacts.BadPerson | ClassCastException e) {
                problems.add("Person " + id + ": " + e.getMessage());
            }
        });
        return new Gathered<>(read[0], seen, problems);
    }

    @Override
    public Map<String, Integer> apply(long organisationId, List<SchoolDataFacts.Seen> seen) {
        Register.ImportOutcome done = register.importSchoolData(organisationId, seen, SOURCE);
        return Map.of("added", done.added(), "updated", done.updated(), "started", done.started(), "ended", done.ended());
    }
}
