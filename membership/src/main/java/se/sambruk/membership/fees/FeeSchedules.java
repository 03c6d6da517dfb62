package se.sambruk.membership.fees;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FeeSchedules extends JpaRepository<FeeSchedule, Integer> {

    /** The schedule in force in a year: that year's, or the latest one before it. */
    @Query("select s from FeeSchedule s where s.year <= :year order by s.year desc limit 1")
    Optional<FeeSchedule> inForce(int year);

    @Query("select s.year from FeeSchedule s order by s.year")
    List<Integer> years();
}
