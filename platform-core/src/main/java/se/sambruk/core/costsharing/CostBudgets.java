package se.sambruk.core.costsharing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CostBudgets extends JpaRepository<CostBudget, Long> {

    Optional<CostBudget> findByServiceIdAndYear(long serviceId, int year);

    List<CostBudget> findByServiceIdOrderByYear(long serviceId);
}
