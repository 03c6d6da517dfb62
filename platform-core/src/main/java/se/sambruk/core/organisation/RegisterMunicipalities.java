package se.sambruk.core.organisation;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.Municipalities;

@Component
class RegisterMunicipalities implements Municipalities {

    private final Organisations organisations;

    RegisterMunicipalities(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> organisationId(String kommunkod) {
        return kommunkod == null ? Optional.empty() : organisations.findByMunicipalityCode(kommunkod).map(Organisation::getId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> kommunkod(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::getMunicipalityCode);
    }
}
