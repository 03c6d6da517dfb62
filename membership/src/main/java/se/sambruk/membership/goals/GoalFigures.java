package se.sambruk.membership.goals;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.sambruk.core.MemberRegister;

/**
 * The business plan's goals, computed from the register, the subscriptions and the networks:
 * members (target 125), members lost this year (0), members that use a service and the share of
 * them that use two or more (every one), reach of the most used service (more than three quarters
 * of the members), and networks with at least 20 participating member municipalities (4).
 */
public record GoalFigures(int year, long members, List<MemberRegister.Membership> lost, long usingAService, long usingTwoOrMore,
                          String mostUsedService, long mostUsedServiceMembers, List<ServiceReach> reach,
                          List<NetworkReach> networks, long[] membersByServiceCount) {

    public static final int MEMBER_TARGET = 125;
    public static final int NETWORK_TARGET = 4;
    public static final int NETWORK_MUNICIPALITIES = 20;

    public record ServiceReach(String code, String name, long members) {
    }

    public record NetworkReach(long id, String name, long memberMunicipalities) {
        public boolean counts() {
            return memberMunicipalities >= NETWORK_MUNICIPALITIES;
        }
    }

    /** What a network contributes: its participating organisations. */
    public record NetworkParticipation(long id, String name, Set<Long> organisationIds) {
    }

    public static GoalFigures compute(LocalDate today, List<MemberRegister.Membership> memberships, Map<Long, Set<String>> usage,
                                      Map<String, String> serviceNames, List<NetworkParticipation> networks) {
        List<MemberRegister.Membership> current = memberships.stream().filter(membership -> membership.isMemberOn(today)).toList();
        List<MemberRegister.Membership> lost = memberships.stream()
                .filter(membership -> membership.memberUntil() != null && membership.memberUntil().getYear() == today.getYear())
                .filter(membership -> membership.memberSince() == null || !membership.memberSince().isAfter(membership.memberUntil()))
                .toList();
        long[] byCount = new long[4];
        Map<String, Long> perService = new HashMap<>();
        serviceNames.keySet().forEach(code -> perService.put(code, 0L));
        for (MemberRegister.Membership member : current) {
            Set<String> used = usage.getOrDefault(member.organisationId(), Set.of());
            byCount[Math.min(used.size(), 3)]++;
            used.forEach(code -> perService.merge(code, 1L, Long::sum));
        }
        List<ServiceReach> reach = perService.entrySet().stream()
                .map(entry -> new ServiceReach(entry.getKey(), serviceNames.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparingLong(ServiceReach::members).reversed().thenComparing(ServiceReach::name))
                .toList();
        ServiceReach top = reach.isEmpty() ? new ServiceReach("", "", 0) : reach.get(0);
        Set<Long> memberMunicipalities = new java.util.HashSet<>();
        current.stream().filter(member -> "MUNICIPALITY".equals(member.organisation().type()))
                .forEach(member -> memberMunicipalities.add(member.organisationId()));
        List<NetworkReach> networkReach = networks.stream()
                .map(network -> new NetworkReach(network.id(), network.name(),
                        network.organisationIds().stream().filter(memberMunicipalities::contains).count()))
                .sorted(Comparator.comparingLong(NetworkReach::memberMunicipalities).reversed().thenComparing(NetworkReach::name))
                .toList();
        return new GoalFigures(today.getYear(), current.size(), lost, current.size() - byCount[0], byCount[2] + byCount[3],
                top.name(), top.members(), reach, networkReach, byCount);
    }

    /** Share of the members that use a service who use two or more, in whole percent (rounded down). */
    public long shareUsingTwoOrMorePercent() {
        return usingAService == 0 ? 0 : usingTwoOrMore * 100 / usingAService;
    }

    /** Share of all members that use the most used service, in whole percent (rounded down). */
    public long mostUsedServiceReachPercent() {
        return members == 0 ? 0 : mostUsedServiceMembers * 100 / members;
    }

    /** More than three quarters of the members use one service. */
    public boolean reachGoalMet() {
        return mostUsedServiceMembers * 4 > members * 3;
    }

    public long networksWithTwentyMunicipalities() {
        return networks.stream().filter(NetworkReach::counts).count();
    }

    /** The goals as rows for the dashboard and its chart. */
    public List<Goal> goals() {
        return List.of(
                new Goal("members", members, MEMBER_TARGET, false, false, members >= MEMBER_TARGET),
                new Goal("lost", lost.size(), 0, false, true, lost.isEmpty()),
                new Goal("twoOrMore", shareUsingTwoOrMorePercent(), 100, true, false, usingAService > 0 && usingTwoOrMore == usingAService),
                new Goal("reach", mostUsedServiceReachPercent(), 75, true, false, reachGoalMet()),
                new Goal("networks", networksWithTwentyMunicipalities(), NETWORK_TARGET, false, false,
                        networksWithTwentyMunicipalities() >= NETWORK_TARGET));
    }

    /**
     * One goal: its figure, its target, whether it is a percentage, whether lower is better (the
     * target is a ceiling), and whether it is met. Message key {@code membership.goal.KEY}.
     */
    public record Goal(String key, long value, long target, boolean percent, boolean atMost, boolean met) {
    }
}
