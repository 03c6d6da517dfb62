package se.sambruk.membership.control;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ControlRecords extends JpaRepository<ControlRecord, Long> {

    List<ControlRecord> findByOccurredOnBetweenOrderByOccurredOn(LocalDate from, LocalDate to);
}
