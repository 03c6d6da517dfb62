package se.sambruk.core.councils;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface Proposals extends JpaRepository<Proposal, Long> {

    List<Proposal> findByServiceIdOrderByCreatedAtDesc(long serviceId);
}
