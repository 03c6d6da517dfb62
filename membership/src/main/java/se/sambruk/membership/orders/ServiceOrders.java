package se.sambruk.membership.orders;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceOrders extends JpaRepository<ServiceOrder, Long> {

    List<ServiceOrder> findByOrganisationIdOrderByOrderedAtDesc(long organisationId);

    Optional<ServiceOrder> findByIdAndOrganisationId(long id, long organisationId);

    List<ServiceOrder> findByStatusOrderByOrderedAt(ServiceOrder.Status status);

    List<ServiceOrder> findAllByOrderByOrderedAtDesc();

    boolean existsByOrganisationIdAndServiceCodeAndStatus(long organisationId, String serviceCode, ServiceOrder.Status status);
}
