package se.sambruk.core.api;

import java.io.IOException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import se.sambruk.core.KeptAnswers;

/**
 * The register's organisation list ({@code GET /api/v1/organisations}) is what municipal systems
 * poll most, and the register changes a few times a day. A rendered answer is kept per query
 * and {@code Accept} header while the register's version stands ({@code core.register_version},
 * moved by database triggers on every change of an organisation or of whom it acts for, from
 * any node), and is sent again without Spring MVC, the two queries and the JSON rendering: over
 * half of the CPU time of such a call. The filter runs after Spring Security, so every call is
 * still authenticated and needs the {@code register.read} scope; the list is the same for every
 * client allowed to read it.
 */
@Configuration(proxyBeanMethods = false)
class RegisterListAnswers {

    static final String PATH = "/api/v1/organisations";
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> registerListAnswersFilter(JdbcTemplate jdbc) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(jdbc));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2); // after Spring Security
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final JdbcTemplate jdbc;
        private final KeptAnswers answers = new KeptAnswers(MAX_BYTES);

        Filter(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod()) || !(request.getContextPath() + PATH).equals(request.getRequestURI());
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long version = jdbc.queryForObject("select version from core.register_version", Long.class);
            String key = request.getQueryString() + "\n" + request.getHeader(HttpHeaders.ACCEPT);
            KeptAnswers.Answer known = answers.get(key);
            if (known != null && known.stamp() == version) {
                ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setPathPattern(PATH));
                response.setContentType(known.contentType());
                response.setContentLength(known.body().length);
                response.getOutputStream().write(known.body());
                return;
            }
            ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, rendered);
            if (rendered.getStatus() == HttpServletResponse.SC_OK && isJson(rendered.getContentType())) {
                answers.keep(key, new KeptAnswers.Answer(version, rendered.getContentAsByteArray(), rendered.getContentType()));
            }
            rendered.copyBodyToResponse();
        }

        private static boolean isJson(String contentType) {
            return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        }
    }
}
