package se.sambruk.membership.networks;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Events extends JpaRepository<Event, Long> {

    List<Event> findAllByOrderByStartsAtDesc();

    List<Event> findByStartsAtAfterOrderByStartsAt(Instant after);

    List<Event> findByNetworkIdOrderByStartsAt(long networkId);
}
