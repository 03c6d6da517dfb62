package se.sambruk.uka.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.core.UserRoleGrants;
import se.sambruk.uka.UkaModule;
import se.sambruk.uka.coverage.CoverageFacts.ProgrammeStatus;
import se.sambruk.uka.people.CodeLists;
import se.sambruk.uka.people.OwnPages;
import se.sambruk.uka.people.NewPerson;
import se.sambruk.uka.people.Register;

/**
 * The demo of UKA: the demo user "borlange" is Borlänge's UKA caseworker, with 40 made-up young
 * people (personnummer in the 98xx serial range used for test identities, valid by date and check
 * digit), contacts, plans, actions and follow-ups, so the overview has something in every list.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("sambruk.demo.enabled")
class UkaDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UkaDemoData.class);

    static final List<String> FIRST = List.of("Alva", "Elias", "Maja", "Noah", "Ella", "Hugo", "Alice", "Liam", "Wilma", "Oscar",
            "Saga", "William", "Ebba", "Lucas", "Vera", "Adam", "Selma", "Nils", "Astrid", "Leo");
    static final List<String> LAST = List.of("Demosson", "Provberg", "Testlund", "Exempelsson", "Påhittad", "Låtsasgren", "Modellén",
            "Övningsdahl");
    static final List<String> REGISTRATION_REASONS = List.of("GRUNDSKOLA", "AVBROTT", "STUDIEBEVIS", "AVBROTT", "ALDRIG_STUDERAT");
    static final List<String> CATEGORIES = List.of("STUDIEMOTIVERANDE", "VAGLEDNING", "PRAKTIK", "ARBETSMARKNAD", "STUDIER");

    private final UserRoleGrants roles;
    private final Register register;
    private final CodeLists codes;
    private final OwnPages pages;
    private final se.sambruk.uka.report.ScbDetails scbDetails;

    UkaDemoData(UserRoleGrants roles, Register register, CodeLists codes, OwnPages pages, se.sambruk.uka.report.ScbDetails scbDetails) {
        this.pages = pages;
        this.roles = roles;
        this.register = register;
        this.codes = codes;
        this.scbDetails = scbDetails;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long borlange = roles.grant("borlange", UkaModule.UKA_CASEWORKER).orElse(null);
        if (borlange == null || !register.search(borlange, "", false, 1).isEmpty()) {
            return;
        }
        codes.ensureSeeded(borlange);
        LocalDate today = register.today();
        for (int i = 0; i < 40; i++) {
            LocalDate born = today.minusYears(16).minusDays(40L + i * 31L);  // 16 to 19 years old
            PersonalIdentityNumber pnr = testNumber(born, i);
            ProgrammeStatus programme = i % 10 == 9 ? ProgrammeStatus.ATTENDING : ProgrammeStatus.NONE;
            String name = FIRST.get(i % FIRST.size()) + " " + LAST.get(i % LAST.size());
            String guardians = i % 3 == 0 ? "Förälder " + LAST.get(i % LAST.size()) + ", 070-000 00 " + String.format("%02d", i) : null;
            long id = register.add(borlange, new NewPerson(pnr, name, "070-000 01 " + String.format("%02d", i),
                    "demo" + i + "@exempel.invalid", "Demogatan " + (i + 1) + ", 784 00 Borlänge", guardians,
                    i % 4 == 3 ? null : "borlange", true, true, programme), "Demodata: folkbokförd, har gått ut grundskolan");
            if (i % 10 != 7) { // a few without SCB's orsak till registrering: the report's check shows them
                scbDetails.save(borlange, id, REGISTRATION_REASONS.get(i % REGISTRATION_REASONS.size()), false);
            }
            if (i % 5 != 4) {
                register.addContact(borlange, id, today.minusDays(3L + i * 3L), i % 2 == 0 ? "TELEFON" : "SMS", "borlange", i % 3 != 1,
                        i % 3 != 1 ? "Pratade om vad som är på gång." : "Svarade inte.");
            }
            if (i % 3 == 0) {
                register.savePlan(borlange, id, "Börja på ett nationellt program till hösten.");
                register.addAction(borlange, id, CATEGORIES.get(i % CATEGORIES.size()), today.minusDays(60L + i), null, "Bo Handläggare", null);
            }
            if (i % 4 == 0) {
                register.addFollowUp(borlange, id, today.minusDays(i % 8 == 0 ? 0 : 2), "Ring och hör hur det går.", null);
            }
        }
        youngPersonWithOwnPage(borlange, today);
        log.info("UKA demo: user borlange is Borlänge's UKA caseworker with 40 made-up young people");
    }

    /** A number valid by date and check digit, with serial 98xx (the range used for test identities). */
    static PersonalIdentityNumber testNumber(LocalDate born, int i) {
        String first = String.format("%04d%02d%02d98%d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(), i % 10);
        String ten = first.substring(2);
        int sum = 0;
        for (int k = 0; k < ten.length(); k++) {
            int d = (ten.charAt(k) - '0') * (k % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        int check = (10 - sum % 10) % 10;
        return new PersonalIdentityNumber(first + check);
    }

    /** The demo's test identity provider's young person (Nora Ungdomsson, 2009) in Borlänge's register, with the own page turned on. */
    static final String OWN_PAGE_PERSONNUMMER = "200904159829";

    private void youngPersonWithOwnPage(long borlange, LocalDate today) {
        PersonalIdentityNumber pnr = new PersonalIdentityNumber(OWN_PAGE_PERSONNUMMER);
        if (register.exists(borlange, pnr)) {
            return;
        }
        pages.saveSettings(borlange, new OwnPages.Settings(true, "0243-740 00", "uka@demo.sambruk.se"), "borlange");
        long id = register.add(borlange, new NewPerson(pnr, "Nora Ungdomsson", "070-000 02 00", "nora@exempel.invalid",
                "Demogatan 100, 784 00 Borlänge", "Förälder Ungdomsson, 070-000 00 99", "borlange", true, true, ProgrammeStatus.NONE),
                "Demodata: folkbokförd, har gått ut grundskolan");
        roles.holders(borlange, UkaModule.UKA_CASEWORKER).stream().filter(h -> h.username().equals("borlange")).findFirst()
                .ifPresent(h -> register.assign(borlange, id, "borlange", h.userId()));
        register.addContact(borlange, id, today.minusDays(6), "TELEFON", "borlange", true, "Vill prova praktik inom vården.");
        register.savePlan(borlange, id, "Pröva praktik inom vården i vår och söka vård- och omsorgsprogrammet till hösten.");
        register.addAction(borlange, id, "VAGLEDNING", today.minusDays(20), today.minusDays(5), "Bo Handläggare", "AVSLUTAD_ENLIGT_PLAN");
        register.addAction(borlange, id, "PRAKTIK", today.minusDays(2), null, "Bo Handläggare", null);
        register.addFollowUp(borlange, id, today.plusDays(7), "Möte på Ungdomsporten, Borganäsvägen 2, kl. 10.", null, true);
    }
}
