package se.sambruk.membership.control;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Turnovers extends JpaRepository<Turnover, Integer> {

    List<Turnover> findAllByOrderByYear();
}
