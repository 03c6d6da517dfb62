package se.sambruk.multifraga.sources;

import se.sambruk.multifraga.MultifragaModule;

/**
 * The report types a municipality grants its caseworkers' roles, as in Multifråga's agreement:
 * household information (every MF_CASEWORKER), with credit information (role MF_CREDIT: the
 * sources whose report type is {@link #CREDIT}), and with protected-identity data (role
 * MF_PROTECTED: the address data of a person with protected identity is shown, otherwise withheld).
 */
public enum ReportType {

    HOUSEHOLD(MultifragaModule.MF_CASEWORKER),
    CREDIT(MultifragaModule.MF_CREDIT),
    PROTECTED_IDENTITY(MultifragaModule.MF_PROTECTED);

    private final String role;

    ReportType(String role) {
        this.role = role;
    }

    /** The role that grants this report type. */
    public String role() {
        return role;
    }
}
