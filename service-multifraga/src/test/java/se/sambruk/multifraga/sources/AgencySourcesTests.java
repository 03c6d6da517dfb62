package se.sambruk.multifraga.sources;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;
import se.sambruk.core.http.OutgoingUrls;

import static org.assertj.core.api.Assertions.assertThat;

/** The sources' settings: the report type each needs (a setting moves a source to credit information) and the timeout. */
class AgencySourcesTests {

    OutgoingUrls urls = new OutgoingUrls(List.of());
    SsbtekClient client = new SsbtekClient(urls, new SsbtekFake(urls, false, List.of(), List.of()), "", "", "");

    @Test
    void aSettingGivesASourceItsReportTypeAndTimeout() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("sambruk.multifraga.sources.TNS.report-type", "CREDIT")
                .withProperty("sambruk.multifraga.sources.MIV.timeout", "PT20S");
        environment.setConversionService(new org.springframework.boot.convert.ApplicationConversionService()); // as in the application
        AgencySources sources = new AgencySources(client, new StaticListableBeanFactory().getBeanProvider(AgencySource.class), environment,
                List.of("AF", "TNS", "MIV"), Duration.ofSeconds(10));
        assertThat(sources.reportType("TNS")).isEqualTo(ReportType.CREDIT);
        assertThat(sources.reportType("AF")).isEqualTo(ReportType.HOUSEHOLD);
        assertThat(ReportType.CREDIT.role()).isEqualTo("MF_CREDIT");
        assertThat(sources.timeout("MIV")).isEqualTo(Duration.ofSeconds(20));
        assertThat(sources.timeout("AF")).isEqualTo(Duration.ofSeconds(10));
    }
}
