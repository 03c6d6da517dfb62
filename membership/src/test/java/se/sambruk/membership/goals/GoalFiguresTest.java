package se.sambruk.membership.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.sambruk.core.MemberRegister;

import static org.assertj.core.api.Assertions.assertThat;

/** The goals computed from a small, known data set. */
class GoalFiguresTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 6, 15);

    private static MemberRegister.Membership member(long id, String type, String status, LocalDate since, LocalDate until) {
        return new MemberRegister.Membership(new MemberRegister.OrganisationRef(id, "Org " + id, type, 10_000, null), status, since, until);
    }

    private final List<MemberRegister.Membership> memberships = new ArrayList<>();
    private final Map<Long, Set<String>> usage = new HashMap<>();
    private final Map<String, String> services = Map.of("bibblix", "Bibblix", "egil", "EGIL", "uka", "UKA");

    GoalFiguresTest() {
        // 8 municipalities and 2 other members today
        for (long id = 1; id <= 8; id++) {
            memberships.add(member(id, "MUNICIPALITY", "ACTIVE", LocalDate.of(2015, 1, 1), null));
        }
        memberships.add(member(9, "KOMMUNALFORBUND", "ACTIVE", null, null));
        // gave notice: member until the end of this year, so still a member, but lost this year
        memberships.add(member(10, "MUNICIPALITY", "RESIGNING", LocalDate.of(2016, 1, 1), LocalDate.of(2022, 12, 31)));
        // left last year; joins next month; applied only: none of them a member today
        memberships.add(member(11, "MUNICIPALITY", "FORMER", LocalDate.of(2016, 1, 1), LocalDate.of(2021, 12, 31)));
        memberships.add(member(12, "MUNICIPALITY", "ACTIVE", LocalDate.of(2022, 7, 1), null));
        memberships.add(member(13, "MUNICIPALITY", "APPLIED", null, null));
        usage.put(1L, Set.of("bibblix", "egil", "uka"));
        usage.put(2L, Set.of("bibblix", "egil"));
        usage.put(3L, Set.of("bibblix"));
        usage.put(4L, Set.of("bibblix"));
        usage.put(5L, Set.of("bibblix"));
        usage.put(6L, Set.of("bibblix"));
        usage.put(9L, Set.of("egil"));
        usage.put(11L, Set.of("bibblix", "egil")); // not a member: does not count
    }

    @Test
    void figuresFromAKnownDataSet() {
        var networks = List.of(
                new GoalFigures.NetworkParticipation(1, "Digidel", Set.of(1L, 2L, 3L)),
                new GoalFigures.NetworkParticipation(2, "IoT", Set.of(1L, 9L, 11L)));
        GoalFigures figures = GoalFigures.compute(TODAY, memberships, usage, services, networks);

        assertThat(figures.members()).isEqualTo(10);
        assertThat(figures.lost()).extracting(MemberRegister.Membership::organisationId).containsExactly(10L);
        assertThat(figures.usingAService()).isEqualTo(7);
        assertThat(figures.usingTwoOrMore()).isEqualTo(2);
        assertThat(figures.shareUsingTwoOrMorePercent()).isEqualTo(28); // 2 of 7, rounded down
        assertThat(figures.mostUsedService()).isEqualTo("Bibblix");
        assertThat(figures.mostUsedServiceMembers()).isEqualTo(6);
        assertThat(figures.mostUsedServiceReachPercent()).isEqualTo(60);
        assertThat(figures.reachGoalMet()).isFalse();
        assertThat(figures.membersByServiceCount()).containsExactly(3, 5, 1, 1);
        // member municipalities only: the kommunalförbund (9) and the former member (11) do not count
        assertThat(figures.networks()).extracting(GoalFigures.NetworkReach::memberMunicipalities).containsExactly(3L, 1L);
        assertThat(figures.networksWithTwentyMunicipalities()).isZero();
        assertThat(figures.goals()).extracting(GoalFigures.Goal::key, GoalFigures.Goal::value, GoalFigures.Goal::met).containsExactly(
                org.assertj.core.groups.Tuple.tuple("members", 10L, false),
                org.assertj.core.groups.Tuple.tuple("lost", 1L, false),
                org.assertj.core.groups.Tuple.tuple("twoOrMore", 28L, false),
                org.assertj.core.groups.Tuple.tuple("reach", 60L, false),
                org.assertj.core.groups.Tuple.tuple("networks", 0L, false));
    }

    @Test
    void theReachGoalNeedsMoreThanThreeQuarters() {
        List<MemberRegister.Membership> four = new ArrayList<>();
        Map<Long, Set<String>> used = new HashMap<>();
        for (long id = 1; id <= 4; id++) {
            four.add(member(id, "MUNICIPALITY", "ACTIVE", null, null));
            if (id <= 3) {
                used.put(id, Set.of("uka"));
            }
        }
        assertThat(GoalFigures.compute(TODAY, four, used, services, List.of()).reachGoalMet()).isFalse(); // exactly 3/4
        used.put(4L, Set.of("uka"));
        assertThat(GoalFigures.compute(TODAY, four, used, services, List.of()).reachGoalMet()).isTrue();
    }

    @Test
    void aNetworkCountsFromTwentyMemberMunicipalities() {
        Set<Long> twenty = new java.util.HashSet<>();
        List<MemberRegister.Membership> many = new ArrayList<>();
        for (long id = 1; id <= 20; id++) {
            many.add(member(id, "MUNICIPALITY", "ACTIVE", null, null));
            twenty.add(id);
        }
        var figures = GoalFigures.compute(TODAY, many, Map.of(), services, List.of(new GoalFigures.NetworkParticipation(1, "Digidel", twenty)));
        assertThat(figures.networksWithTwentyMunicipalities()).isEqualTo(1);
    }
}
