package se.sambruk.core.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import se.sambruk.core.CurrentUser;

/** Puts the signed-in user's name in every log line of a request ({@code %X{user}} in the pattern). */
@Configuration(proxyBeanMethods = false)
class UserLogContext {

    static final String KEY = "user";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> userLogContextFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                CurrentUser.get().ifPresent(user -> MDC.put(KEY, user.name()));
                try {
                    chain.doFilter(request, response);
                } finally {
                    MDC.remove(KEY);
                }
            }
        });
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1); // after Spring Security
        return registration;
    }
}
