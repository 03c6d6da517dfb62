package se.sambruk.tillarbetslivet.choosing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import se.sambruk.core.retention.RetentionRule;
import se.sambruk.core.retention.SqlRetentionRule;

/**
 * s10-tal: {@code tillarbetslivet.found-places}: a place a pupil found themselves (the workplace, its
 * organisation number and the contact person's name and e-mail) is deleted when its last day lies
 * further back than the period, 180 days by default (each municipality sets 90 days – 10 years), in
 * every state; an approved one lives on as its place and the pupil's placement (whose supervisor
 * {@code tillarbetslivet.place-supervisors} empties in its turn). Before, such a request went only
 * with its pupil ({@code tillarbetslivet.pupils}).
 */
@Configuration(proxyBeanMethods = false)
class FoundPlaceRetention {

    @Bean
    static RetentionRule tillarbetslivetFoundPlaces(JdbcTemplate jdbc) {
        return SqlRetentionRule.named("tillarbetslivet.found-places", "tillarbetslivet")
                .description("Platser som elever hittat själva (arbetsplatsen, organisationsnumret och kontaktpersonens namn och "
                        + "e-postadress) tas bort när perioden gått sedan platsens sista dag, besvarade eller inte. En godkänd plats "
                        + "finns kvar som elevens placering.")
                .legalGround("Dataskyddsförordningen art. 5.1 c och e (uppgifterna behövs inte längre för prao och APL); "
                        + "kommunens dokumenthanteringsplan.")
                .keepDays(180).organisationSetsPeriod(90, 3650)
                .table("tillarbetslivet.found_place").organisationColumn("organisation_id").timeColumn("ends_on")
                .reference("'egen plats ' || t.id")
                .delete()
                .build(jdbc);
    }
}
