package se.sambruk.tillarbetslivet.workplace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import se.sambruk.core.MemberRegister;
import se.sambruk.core.Municipalities;
import se.sambruk.core.ServiceSubscriptions;
import se.sambruk.tillarbetslivet.Tillarbetslivet;

/** The municipalities that use Tillarbetslivet today: where a workplace can register and offer places. */
@Component
public class ServingMunicipalities {

    public record Municipality(long id, String name) {
    }

    private final ServiceSubscriptions subscriptions;
    private final MemberRegister register;
    private final Municipalities municipalities;
    private final Clock clock;

    ServingMunicipalities(ServiceSubscriptions subscriptions, MemberRegister register, Municipalities municipalities, Clock clock) {
        this.subscriptions = subscriptions;
        this.register = register;
        this.municipalities = municipalities;
        this.clock = clock;
    }

    /** By name. */
    public List<Municipality> today() {
        Map<Long, Set<String>> usage = subscriptions.usageOn(LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm"))));
        return usage.entrySet().stream()
                .filter(entry -> entry.getValue().contains(Tillarbetslivet.SERVICE_CODE))
                .filter(entry -> municipalities.kommunkod(entry.getKey()).isPresent())
                .flatMap(entry -> register.organisation(entry.getKey()).stream())
                .map(org -> new Municipality(org.id(), org.name()))
                .sorted(Comparator.comparing(Municipality::name))
                .toList();
    }
}
