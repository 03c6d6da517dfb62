package se.sambruk.core.subscription;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who uses the services today: counted from the open subscriptions and whom they cover. */
@Component
public class UsageStatistics {

    /** Every (service, municipality) pair reached today, directly or through a body acting for it. */
    private static final String REACHED = """
            select sv.code, o.municipality_code from core.subscription s
              join core.service sv on sv.id = s.service_id
              join core.organisation o on o.id = s.organisation_id
             where o.type = 'MUNICIPALITY' and (s.starts_on is null or s.starts_on <= ?) and (s.ends_on is null or s.ends_on > ?)
            union
            select sv.code, o.municipality_code from core.subscription s
              join core.service sv on sv.id = s.service_id
              join core.subscription_covers c on c.subscription_id = s.id
              join core.organisation o on o.id = c.organisation_id
             where o.type = 'MUNICIPALITY' and (s.starts_on is null or s.starts_on <= ?) and (s.ends_on is null or s.ends_on > ?)
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    UsageStatistics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record ServiceUsage(long organisations, long municipalities) {
    }

    /** Per service code: subscribing organisations, and municipalities reached. */
    public Map<String, ServiceUsage> perService() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> subscribers = new HashMap<>();
        jdbc.query("""
                select sv.code, count(distinct s.organisation_id) from core.service sv
                  left join core.subscription s on s.service_id = sv.id
                   and (s.starts_on is null or s.starts_on <= ?) and (s.ends_on is null or s.ends_on > ?)
                 group by sv.code
                """, row -> {
            subscribers.put(row.getString(1), row.getLong(2));
        }, today, today);
        Map<String, Long> municipalities = new HashMap<>();
        jdbc.query("select code, count(*) from (" + REACHED + ") reached (code, municipality_code) group by code", row -> {
            municipalities.put(row.getString(1), row.getLong(2));
        }, today, today, today, today);
        Map<String, ServiceUsage> usage = new HashMap<>();
        subscribers.forEach((code, count) -> usage.put(code, new ServiceUsage(count, municipalities.getOrDefault(code, 0L))));
        return usage;
    }

    /** Kommunkoder of the municipalities that use at least one service today. */
    public Set<String> municipalitiesReached() {
        LocalDate today = LocalDate.now(clock);
        return new HashSet<>(jdbc.queryForList("select distinct municipality_code from (" + REACHED + ") reached (code, municipality_code)",
                String.class, today, today, today, today));
    }
}
