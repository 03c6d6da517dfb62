package se.sambruk.tillarbetslivet.allocation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is to be allocated: pupils with their ranked choices, places with their seats, and the seed
 * of the lottery that breaks ties (kept with the result, so the same allocation can be run again).
 */
public record AllocationProblem(List<Applicant> applicants, List<Place> places, long seed) {

    /** A pupil and the places they chose, best first. */
    public record Applicant(long pupilId, List<Long> choices) {
        public Applicant {
            choices = List.copyOf(choices);
            if (new HashSet<>(choices).size() != choices.size()) {
                throw new IllegalArgumentException("Pupil " + pupilId + " chose the same place twice");
            }
        }
    }

    /** A place and how many pupils it takes. */
    public record Place(long placeId, int seats) {
        public Place {
            if (seats < 0) {
                throw new IllegalArgumentException("Place " + placeId + " has a negative number of seats");
            }
        }
    }

    public AllocationProblem {
        applicants = List.copyOf(applicants);
        places = List.copyOf(places);
        Set<Long> placeIds = new HashSet<>();
        for (Place place : places) {
            if (!placeIds.add(place.placeId())) {
                throw new IllegalArgumentException("Place " + place.placeId() + " is listed twice");
            }
        }
        Set<Long> pupilIds = new HashSet<>();
        for (Applicant applicant : applicants) {
            if (!pupilIds.add(applicant.pupilId())) {
                throw new IllegalArgumentException("Pupil " + applicant.pupilId() + " is listed twice");
            }
            for (Long choice : applicant.choices()) {
                if (!placeIds.contains(choice)) {
                    throw new IllegalArgumentException("Pupil " + applicant.pupilId() + " chose place " + choice + ", which is not offered");
                }
            }
        }
    }
}
