package se.sambruk.core.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.ui.ExtendedModelMap;
import se.sambruk.core.SubscriptionEnded;
import se.sambruk.core.SubscriptionStarted;
import se.sambruk.core.catalogue.ServiceCatalogue;
import se.sambruk.core.organisation.Members;
import se.sambruk.core.subscription.UsageStatistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The start page's figures are kept for a while, and read again as soon as a subscription starts or ends. */
class HomeControllerTest {

    private final ServiceCatalogue catalogue = mock(ServiceCatalogue.class);
    private final Members members = mock(Members.class);
    private final UsageStatistics usage = mock(UsageStatistics.class);
    private final ExpiringValueTest.MutableClock clock = new ExpiringValueTest.MutableClock();
    private final HomeController controller = new HomeController(catalogue, members, usage,
            mock(PlatformTransactionManager.class), clock, Duration.ofSeconds(10));

    HomeControllerTest() {
        when(catalogue.findAllByOrderByName()).thenReturn(List.of());
        when(usage.perService()).thenReturn(Map.of());
        when(usage.municipalitiesReached()).thenReturn(Set.of("0180"));
        when(members.countByStatusIn(any())).thenReturn(85L);
    }

    @Test
    void figuresAreReadOnceWhileFresh() {
        assertThat(render().get("memberCount")).isEqualTo(85L);
        clock.advance(Duration.ofSeconds(5));
        render();
        verify(members, times(1)).countByStatusIn(any());
        clock.advance(Duration.ofSeconds(5));
        render();
        verify(members, times(2)).countByStatusIn(any());
    }

    @Test
    void aSubscriptionThatStartsShowsAtOnce() {
        assertThat(render().get("municipalitiesReached")).isEqualTo(1);
        when(usage.municipalitiesReached()).thenReturn(Set.of("0180", "2584"));
        controller.on(new SubscriptionStarted(1, "uka", 2, LocalDate.of(2026, 1, 1)));
        assertThat(render().get("municipalitiesReached")).isEqualTo(2);
    }

    @Test
    void aSubscriptionThatEndsShowsAtOnce() {
        assertThat(render().get("municipalitiesReached")).isEqualTo(1);
        when(usage.municipalitiesReached()).thenReturn(Set.of());
        controller.on(new SubscriptionEnded(1, "uka", 2, LocalDate.of(2026, 2, 1)));
        assertThat(render().get("municipalitiesReached")).isEqualTo(0);
    }

    private Map<String, Object> render() {
        ExtendedModelMap model = new ExtendedModelMap();
        assertThat(controller.home(model)).isEqualTo("home");
        return model;
    }
}
