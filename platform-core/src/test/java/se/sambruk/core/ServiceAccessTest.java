package se.sambruk.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.sambruk.core.subscription.Subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The services an organisation may use: read once per web request (a page asks several times), each time outside one. */
class ServiceAccessTest {

    Clock clock = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
    Subscriptions subscriptions = mock(Subscriptions.class);
    ServiceAccess access = new ServiceAccess(subscriptions, clock, mock(AuditLog.class));

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void readOncePerRequestAndPerOrganisation() {
        when(subscriptions.serviceCodesUsableBy(7L, LocalDate.of(2026, 12, 7))).thenReturn(List.of("multifraga", "uka"));
        when(subscriptions.serviceCodesUsableBy(8L, LocalDate.of(2026, 12, 7))).thenReturn(List.of("egil"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));

        assertThat(access.usableServices(7L)).containsExactly("multifraga", "uka");
        assertThat(access.mayUse(7L, "multifraga")).isTrue();
        assertThat(access.mayUse(7L, "egil")).isFalse();
        assertThat(access.usableServices(8L)).containsExactly("egil");
        verify(subscriptions, times(1)).serviceCodesUsableBy(7L, LocalDate.of(2026, 12, 7));
        verify(subscriptions, times(1)).serviceCodesUsableBy(8L, LocalDate.of(2026, 12, 7));

        // what a caller does with its copy does not change what the next caller of the request reads
        access.usableServices(7L).clear();
        assertThat(access.usableServices(7L)).containsExactly("multifraga", "uka");

        // the next request reads afresh (a subscription that ended in between is gone)
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        when(subscriptions.serviceCodesUsableBy(7L, LocalDate.of(2026, 12, 7))).thenReturn(List.of("uka"));
        assertThat(access.mayUse(7L, "multifraga")).isFalse();
    }

    @Test
    void outsideARequestReadEachTime() {
        when(subscriptions.serviceCodesUsableBy(7L, LocalDate.of(2026, 12, 7))).thenReturn(List.of("multifraga"));
        access.usableServices(7L);
        access.usableServices(7L);
        verify(subscriptions, times(2)).serviceCodesUsableBy(7L, LocalDate.of(2026, 12, 7));
    }
}
