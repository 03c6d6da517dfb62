package se.sambruk.core.referencedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty register with the reference data: the 290 municipalities, the regions, the
 * bodies that act for municipalities, and who used which service according to the business
 * plan 2022 (members of the association, subscriptions). Once the register holds
 * organisations, staff own it and nothing is loaded again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    private static final String PLAN_NOTE = "Enligt Sambruks verksamhetsplan 2022";

    private final JdbcTemplate jdbc;

    ReferenceDataLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.queryForList("select pg_advisory_xact_lock(7101)"); // nodes starting together load once
        Integer organisations = jdbc.queryForObject("select count(*) from core.organisation", Integer.class);
        if (organisations != null && organisations > 0) {
            return;
        }
        loadMunicipalities();
        loadRegions();
        loadBodies();
        loadPlanSubscriptions();
        log.info("Loaded the reference data: {} organisations, {} members, {} subscriptions",
                count("core.organisation"), count("core.member"), count("core.subscription"));
    }

    private void loadMunicipalities() {
        List<Object[]> rows = read("municipalities.csv").stream()
                .map(row -> new Object[]{row[0], row[1], row[2], row[3], Integer.parseInt(row[4])})
                .toList();
        jdbc.batchUpdate("""
                insert into core.organisation (type, municipality_code, name, county_code, county_name, population)
                values ('MUNICIPALITY', ?, ?, ?, ?, ?)
                """, rows);
    }

    private void loadRegions() {
        for (String[] row : read("regions.csv")) {
            jdbc.update("""
                    insert into core.organisation (type, name, county_code, county_name, population)
                    select 'REGION', ?, ?, max(county_name), sum(population) from core.organisation
                    where type = 'MUNICIPALITY' and county_code = ?
                    """, row[1], row[0], row[0]);
        }
    }

    private void loadBodies() {
        Map<String, Long> ids = organisationIdsByName();
        for (String[] row : read("bodies.csv")) {
            String county = row.length > 2 && !row[2].isBlank() ? row[2] : null;
            Long id = jdbc.queryForObject("""
                    insert into core.organisation (type, name, county_code, county_name)
                    values (?, ?, ?, (select max(county_name) from core.organisation where county_code = ?)) returning id
                    """, Long.class, row[1], row[0], county, county);
            for (String represented : list(row, 3)) {
                jdbc.update("insert into core.organisation_acts_for (organisation_id, represented_id) values (?, ?)",
                        id, idOf(ids, represented));
            }
        }
    }

    private void loadPlanSubscriptions() {
        Map<String, Long> ids = organisationIdsByName();
        Map<String, Long> services = new HashMap<>();
        jdbc.query("select code, id from core.service", row -> {
            services.put(row.getString(1), row.getLong(2));
        });
        for (String[] row : read("plan-2022-subscriptions.csv")) {
            long organisation = idOf(ids, row[1]);
            Long service = services.get(row[0]);
            if (service == null) {
                throw new IllegalStateException("Unknown service in the plan: " + row[0]);
            }
            Long subscription = jdbc.queryForObject("""
                    insert into core.subscription (service_id, organisation_id, note) values (?, ?, ?) returning id
                    """, Long.class, service, organisation, PLAN_NOTE);
            for (String covered : list(row, 2)) {
                jdbc.update("insert into core.subscription_covers (subscription_id, organisation_id) values (?, ?)",
                        subscription, idOf(ids, covered));
            }
            jdbc.update("""
                    insert into core.member (organisation_id, status, note) values (?, 'ACTIVE', ?)
                    on conflict (organisation_id) do nothing
                    """, organisation, PLAN_NOTE);
        }
    }

    private Map<String, Long> organisationIdsByName() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select name, id from core.organisation", row -> {
            ids.put(row.getString(1), row.getLong(2));
        });
        return ids;
    }

    private static long idOf(Map<String, Long> ids, String name) {
        Long id = ids.get(name.trim());
        if (id == null) {
            throw new IllegalStateException("Reference data names an unknown organisation: " + name);
        }
        return id;
    }

    private static List<String> list(String[] row, int column) {
        if (row.length <= column || row[column].isBlank()) {
            return List.of();
        }
        return Arrays.stream(row[column].split(";")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    /** The rows of a reference CSV (comma separated, no quoting, header line skipped). */
    static List<String[]> read(String file) {
        ClassPathResource resource = new ClassPathResource("reference-data/" + file);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing reference data " + file, e);
        }
    }
}
