package se.sambruk.uka.coverage;

import java.time.LocalDate;

/** The municipality is the home municipality: the person is registered (folkbokförd) there. */
public final class RegisteredInMunicipality implements CoverageRule {

    @Override
    public String key() {
        return "uka.rule.registered";
    }

    @Override
    public boolean holds(CoverageFacts facts, LocalDate today) {
        return facts.registeredHere();
    }
}
