package se.sambruk.tillarbetslivet.season;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sambruk.core.retention.RetentionRule;
import se.sambruk.core.retention.SqlRetentionRule;

/**
 * Pupils (and with them their choices and their lines in the allocation runs) are deleted when the
 * season is long over: by default 18 months after the class list was imported, a period each
 * municipality can set. The core runs the rule each night, with a preview and a log.
 */
@Configuration(proxyBeanMethods = false)
class PupilRetention {

    static final String PUPILS = "tillarbetslivet.pupils";

    @Bean
    static RetentionRule tillarbetslivetPupils(JdbcTemplate jdbc) {
        return SqlRetentionRule.named(PUPILS, "tillarbetslivet")
                .description("Elever i klasslistorna tas bort med sina val och sina rader i fördelningarna när perioden gått sedan "
                        + "klasslistan importerades.")
                .legalGround("Dataskyddsförordningen art. 5.1 e; kommunens dokumenthanteringsplan (gallring av prao-underlag).")
                .keepDays(548).organisationSetsPeriod(90, 3650)
                .table("tillarbetslivet.pupil").organisationColumn("organisation_id").timeColumn("created_at")
                .reference("'elev ' || t.id")
                .delete()
                .build(jdbc);
    }
}
