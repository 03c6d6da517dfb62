package se.sambruk.core.charts;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/** The few words the charts write themselves (text alternatives, table headers), in Swedish or English. */
record Words(boolean english) {

    static Words current() {
        return new Words(Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage()));
    }

    String noData() {
        return english ? "No data." : "Inga uppgifter.";
    }

    String highest() {
        return english ? "highest" : "högst";
    }

    String lowest() {
        return english ? "lowest" : "lägst";
    }

    String value() {
        return english ? "Value" : "Värde";
    }

    String share() {
        return english ? "Share" : "Andel";
    }

    String count() {
        return english ? "Count" : "Antal";
    }

    String target() {
        return english ? "Target" : "Mål";
    }

    String status() {
        return english ? "Status" : "Status";
    }

    String met() {
        return english ? "met" : "nått";
    }

    String notMet() {
        return english ? "not met" : "inte nått";
    }

    String atLeast() {
        return english ? "target at least" : "mål minst";
    }

    String atMost() {
        return english ? "target at most" : "mål högst";
    }

    String from() {
        return english ? "from" : "från";
    }

    String to() {
        return english ? "to" : "till";
    }

    String total() {
        return english ? "total" : "totalt";
    }

    String of() {
        return english ? "of" : "av";
    }
}
