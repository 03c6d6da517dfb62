package se.sambruk.tillarbetslivet.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.sambruk.core.UserRoleGrants;
import se.sambruk.core.PersonalIdentityNumber;
import se.sambruk.tillarbetslivet.Tillarbetslivet;
import se.sambruk.tillarbetslivet.choosing.Distance;
import se.sambruk.tillarbetslivet.choosing.PlacePositions;
import se.sambruk.tillarbetslivet.choosing.PupilChoices;
import se.sambruk.tillarbetslivet.choosing.PupilKey;
import se.sambruk.tillarbetslivet.placement.PeriodKind;
import se.sambruk.tillarbetslivet.placement.PlacementRecords;
import se.sambruk.tillarbetslivet.placement.ScheduleText;
import se.sambruk.tillarbetslivet.season.Placements;
import se.sambruk.tillarbetslivet.workplace.Workplaces;

/**
 * The demo of Tillarbetslivet: the demo user "borlange" is Borlänge's coordinator, with two made-up
 * schools, 60 made-up pupils in year 8, 30 made-up places and every pupil's ranked choices, so an
 * allocation can be run at once.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("sambruk.demo.enabled")
class TillarbetslivetDemoData implements ApplicationRunner {

    static final String[] FIRST = {"Alva", "Elias", "Maja", "Hugo", "Selma", "Noah", "Ella", "Liam", "Alma", "William", "Vera", "Oscar",
            "Saga", "Lucas", "Stella", "Adam", "Ebba", "Olle", "Wilma", "Melvin"};
    static final String[] LAST = {"Andersson", "Berg", "Dahl", "Ek", "Forsberg", "Holm", "Lind", "Nyström", "Sjöberg", "Ström", "Wik",
            "Åberg"};
    static final String[][] WORKPLACES = {
            {"Borlänge sjukhus", "Vård"}, {"Kupolen köpcentrum", "Handel"}, {"Stadsbiblioteket", "Bibliotek"},
            {"Räddningstjänsten Dala Mitt", "Räddningstjänst"}, {"Förskolan Solrosen", "Förskola"}, {"Bilverkstaden Hagalund", "Fordon"},
            {"Restaurang Gammelgården", "Restaurang"}, {"Tekniska förvaltningen", "Kommunteknik"}, {"Byggfirman Dalabygg", "Bygg"},
            {"Veterinärkliniken Tjärna", "Djurvård"}, {"Frisörsalongen Klipp", "Frisör"}, {"Elfirman Strömmen", "El"},
            {"Hotell Galaxen", "Hotell"}, {"Jvm-verkstaden", "Industri"}, {"Äldreboendet Tallgården", "Omsorg"}};

    private final UserRoleGrants roles;
    private final Placements placements;
    private final PlacementRecords records;
    private final Workplaces workplaces;
    private final PupilKey pupilKey;
    private final PupilChoices pupilChoices;
    private final PlacePositions positions;

    TillarbetslivetDemoData(UserRoleGrants roles, Placements placements, PlacementRecords records, Workplaces workplaces, PupilKey pupilKey,
                            PupilChoices pupilChoices, PlacePositions positions) {
        this.positions = positions;
        this.workplaces = workplaces;
        this.pupilKey = pupilKey;
        this.pupilChoices = pupilChoices;
        this.roles = roles;
        this.placements = placements;
        this.records = records;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Long borlange = roles.grant("borlange", Tillarbetslivet.COORDINATOR).orElse(null);
        if (borlange == null) {
            return;
        }
        if (placements.pupilCount(borlange) == 0) {
            season(borlange);
        }
        if (records.periods(borlange).isEmpty()) {
            periods(borlange);
        }
        pupilWhoChooses(borlange);
        positions(borlange);
    }

    /**
     * s10-tal: the demo's places have made-up addresses ("Demogatan 1, Borlänge"), which no geocoder
     * finds, so they get fixed demo coordinates in their made-up areas of Borlänge (a few hundred
     * metres apart), and the search by distance finds them. Only places without a position.
     */
    static final double[][] AREA_POINTS = {{60.4858, 15.4371}, {60.4695, 15.4560}, {60.4790, 15.3990}, {60.4905, 15.4125}, {60.5205, 15.4275}};

    private void positions(long borlange) {
        for (Placements.Place place : placements.places(borlange)) {
            if (!place.code().matches("P\\d\\d") || positions.of(borlange, place.id()).isPresent()) {
                continue;
            }
            int i = Integer.parseInt(place.code().substring(1)) - 1;
            double[] area = AREA_POINTS[i % AREA_POINTS.length];
            positions.setByHand(borlange, place.id(), new Distance.Point(area[0] + 0.002 * (i / AREA_POINTS.length), area[1] + 0.003 * (i % 3)));
        }
    }

    /**
     * The demo pupil who ranks choices in the e-service: Olle Elevsson (born 2012, year 8), one of the
     * test identity provider's persons, at Demoskolan Nord, whose prao weeks' choosing window is open.
     */
    static final String DEMO_PUPIL_PERSONNUMMER = "201205149832";

    private void pupilWhoChooses(long borlange) {
        String hash = pupilKey.hash(new PersonalIdentityNumber(DEMO_PUPIL_PERSONNUMMER)).orElse(null);
        if (hash == null || !pupilChoices.pupilsOf(hash, List.of(borlange)).isEmpty()) {
            return;
        }
        long school = placements.school(borlange, "Demoskolan Nord");
        long pupil = placements.addPupil(borlange, school, "Olle Elevsson", "8A", 8);
        placements.setBornOn(borlange, pupil, LocalDate.of(2012, 5, 14));
        pupilChoices.setPersonHash(borlange, pupil, hash);
        records.periodsOfSchool(borlange, school).stream().findFirst()
                .ifPresent(period -> pupilChoices.setWindow(borlange, period.id(), true, 6));
    }

    /** Prao weeks 10–11 of 2027 for both demo schools, and the first pupil placed at P01 with a schedule of its week. */
    private void periods(long borlange) {
        LocalDate start = LocalDate.of(2027, 3, 8);
        for (Placements.School school : placements.schools(borlange)) {
            records.addPeriod(borlange, school.id(), PeriodKind.PRAO, "Prao vecka 10–11", start, start.plusDays(11));
        }
        Placements.Pupil pupil = placements.pupils(borlange).stream().findFirst().orElse(null);
        Placements.Place place = placements.places(borlange).stream().findFirst().orElse(null);
        if (pupil == null || place == null) {
            return;
        }
        long period = records.periodsOfSchool(borlange, pupil.schoolId()).get(0).id();
        long placement = records.addPlacement(borlange, pupil.id(), period, place.id(), "demo");
        records.saveSchedule(borlange, placement, ScheduleText.suggest(place.startsOn(), place.endsOn(), 10));
        workplaces.inviteWithToken(borlange, place.id(), place.workplace(), place.supervisorEmail(), DEMO_INVITATION, "demo");
    }

    /** The demo's invitation link for P01's workplace: /e-tjanster/tillarbetslivet/inbjudan/demo-bli-handledare. */
    static final String DEMO_INVITATION = "demo-bli-handledare";

    /** Made-up areas of the demo's places, for the public list's search. */
    private static final String[] AREAS = {"Centrum", "Tjärna ängar", "Hagalund", "Domnarvet", "Kvarnsveden"};

    private void season(long borlange) {
        Random random = new Random(1431);
        LocalDate start = LocalDate.of(2027, 3, 8);
        List<Long> places = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String[] workplace = WORKPLACES[i % WORKPLACES.length];
            String name = workplace[0] + (i >= WORKPLACES.length ? " (vecka 2)" : "");
            LocalDate first = i >= WORKPLACES.length ? start.plusWeeks(1) : start;
            places.add(placements.addPlace(borlange, new Placements.Place(0, "P%02d".formatted(i + 1), name, workplace[1],
                    "Demogatan " + (i + 1) + ", Borlänge", 1 + random.nextInt(3), first, first.plusDays(4), 14,
                    "Handledare " + (i + 1), "handledare" + (i + 1) + "@demo.sambruk.se"), AREAS[i % AREAS.length]));
        }
        String[] schools = {"Demoskolan Nord", "Demoskolan Syd"};
        for (int i = 0; i < 60; i++) {
            long school = placements.school(borlange, schools[i % 2]);
            String name = FIRST[i % FIRST.length] + " " + LAST[(i * 7) % LAST.length];
            long pupil = placements.addPupil(borlange, school, name, "8" + (char) ('A' + (i / 2) % 3), 8);
            List<Long> choices = new ArrayList<>();
            int count = 3 + random.nextInt(4);
            while (choices.size() < count) {
                // popular places first: the lower codes are chosen more often
                int index = Math.min(places.size() - 1, (int) Math.abs(random.nextGaussian() * 10));
                Long place = places.get(index);
                if (!choices.contains(place)) {
                    choices.add(place);
                }
            }
            placements.setChoices(borlange, pupil, choices);
        }
    }
}
