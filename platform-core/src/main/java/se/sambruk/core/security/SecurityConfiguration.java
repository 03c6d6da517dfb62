package se.sambruk.core.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import se.sambruk.core.AuditLog;
import se.sambruk.core.MapTiles;
import se.sambruk.core.Roles;
import se.sambruk.core.ServiceModule;
import se.sambruk.core.residents.EService;
import se.sambruk.core.residents.signin.ResidentAuthentication;
import se.sambruk.core.residents.signin.ResidentEntryPoint;
import se.sambruk.core.residents.signin.ResidentSecurityContexts;

/**
 * The one security layer. Four filter chains, most specific first: the authorization server's
 * endpoints, the REST API (bearer tokens), the operations endpoints, and the browser pages
 * (form login or the organisation's OpenID Connect provider). What anyone may reach without
 * signing in is listed in {@link PublicEndpoints}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    /** The pages' policy; map tiles only from the configured tile service ({@link MapTiles}). */
    static String contentSecurityPolicy(MapTiles tiles) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data: " + tiles.imageSource() + "; font-src 'self'; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    /** Swagger UI styles itself inline; its pages hold no personal data. */
    static final String API_DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    static final ReferrerPolicyHeaderWriter.ReferrerPolicy REFERRER_POLICY =
            ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN;

    /**
     * The session cookie, the same however the app is started: HttpOnly, SameSite=Lax, and
     * Secure whenever the request came over TLS (X-Forwarded-Proto behind a proxy), or always
     * with {@code sambruk.security.secure-cookies=true}.
     */
    @Bean
    CookieSerializer cookieSerializer(@Value("${sambruk.security.secure-cookies:false}") boolean alwaysSecure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(SESSION_COOKIE);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        if (alwaysSecure) {
            serializer.setUseSecureCookie(true);
        }
        return serializer;
    }

    /**
     * Session attributes are written with an upsert. Two requests of one session that both add
     * the same attribute (the CSRF token, made by the first pages after signing in) otherwise
     * both insert it, and the later one fails with a duplicate key and answers 500.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * No observation around each filter, authentication and authorization: the request metrics
     * (http.server.requests) stay, and the wrappers cost a twentieth of a request's CPU time.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    WebSecurityCustomizer headerFirewall() {
        return web -> web.httpFirewall(HeaderFirewall.strict());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new LoginEventPublisher(new DefaultAuthenticationEventPublisher(publisher));
    }

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    static final String SESSION_COOKIE = "SAMBRUK_SESSION";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, Customizer.withDefaults())
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.ignoringRequestMatchers(authorizationServer.getEndpointsMatcher()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, List<ServiceModule> modules, ServiceGate gate) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> {
                    for (ServiceModule module : modules) {
                        requests.requestMatchers(module.apiBasePath() + "/**").access(gate.forService(module.serviceCode()));
                    }
                    requests.requestMatchers(HttpMethod.GET, "/api/v1/cost-shares", "/api/v1/cost-shares/**")
                            .hasAuthority("SCOPE_costs.read")
                            .requestMatchers(HttpMethod.GET, "/api/v1/councils/**")
                            .hasAuthority("SCOPE_councils.read")
                            .requestMatchers("/api/v1/councils/**")
                            .hasAuthority("SCOPE_councils.write")
                            .requestMatchers(HttpMethod.GET, "/api/v1/organisations/**", "/api/v1/services/**", "/api/v1/subscriptions/**")
                            .hasAuthority("SCOPE_register.read")
                            .requestMatchers("/api/v1/organisations/**", "/api/v1/services/**", "/api/v1/subscriptions/**")
                            .hasAuthority("SCOPE_register.write")
                            .anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenResolver(new BearerTokens()).jwt(Customizer.withDefaults()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // bearer tokens only: no cookie to forge requests with
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain operationsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PublicEndpoints.array(PublicEndpoints.HEALTH)).permitAll()
                        .anyRequest().hasAnyAuthority("ROLE_" + Roles.SAMBRUK_ADMIN, "SCOPE_operations.read"))
                .oauth2ResourceServer(resourceServer -> resourceServer.bearerTokenResolver(new BearerTokens()).jwt(Customizer.withDefaults()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain apiDocumentationChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PublicEndpoints.array(PublicEndpoints.API_DOCUMENTATION))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_DOCS_CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /**
     * Open311 GeoReport v2 (FixaMinGata): machines and apps that hold no session and no CSRF token.
     * Reads are public; writes carry the standard's api_key, which the Open311 server checks itself
     * (so it can answer in the standard's error format). No session is created or read here.
     */
    @Bean
    @Order(4)
    SecurityFilterChain open311Chain(HttpSecurity http, MapTiles tiles) throws Exception {
        http.securityMatcher(PublicEndpoints.array(PublicEndpoints.OPEN311))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tiles)))
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)))
                .csrf(csrf -> csrf.disable()) // no cookies are used: the api_key in the request is the credential
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /**
     * The residents' pages, {@code /e-tjanster/**}: one rule for the core's and every service's e-service.
     * The start page and signing in are public; everything else needs a resident signed in with
     * e-legitimation. The resident is read from its own session attribute for each request and never
     * stored as a Spring Security authentication, so the other chains never see it; a staff login
     * comes first here, so a staff session is refused these pages (403).
     */
    @Bean
    @Order(4)
    SecurityFilterChain residentChain(HttpSecurity http, ResidentSecurityContexts contexts, ResidentEntryPoint entryPoint, MapTiles tiles)
            throws Exception {
        http.securityMatcher(EService.BASE_PATH, EService.BASE_PATH + "/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PublicEndpoints.array(PublicEndpoints.PAGES)).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PublicEndpoints.array(PublicEndpoints.PAGES)).permitAll()
                        .requestMatchers(HttpMethod.POST, PublicEndpoints.array(PublicEndpoints.FORMS)).permitAll()
                        .anyRequest().hasAuthority(ResidentAuthentication.AUTHORITY))
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tiles)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
                        .permissionsPolicyHeader(permissions -> permissions.policy("geolocation=(self), camera=(), microphone=()")));
        return http.build();
    }

    /**
     * The demo's test identity provider ({@code /test-idp/**}, present only with the demo profile):
     * public; its token endpoint is called by the platform's own client, without cookies or CSRF token.
     */
    @Bean
    @Order(4)
    SecurityFilterChain testIdentityProviderChain(HttpSecurity http, MapTiles tiles) throws Exception {
        http.securityMatcher(PublicEndpoints.array(PublicEndpoints.TEST_IDENTITY_PROVIDER))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/test-idp/token"))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tiles)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY)));
        return http.build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain webChain(HttpSecurity http, List<ServiceModule> modules, ServiceGate gate, MapTiles tiles,
                                 ObjectProvider<ClientRegistrationRepository> oidcProviders,
                                 OrganisationOidcUserService oidcUserService, LoginThrottle loginThrottle, AuditLog audit) throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(loginThrottle, audit),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(requests -> {
                    for (ServiceModule module : modules) {
                        requests.requestMatchers(module.basePath() + "/**").access(gate.forService(module.serviceCode()));
                    }
                    requests.requestMatchers(HttpMethod.GET, PublicEndpoints.array(PublicEndpoints.PAGES)).permitAll()
                            .requestMatchers(HttpMethod.HEAD, PublicEndpoints.array(PublicEndpoints.PAGES)).permitAll()
                            .requestMatchers(HttpMethod.POST, PublicEndpoints.array(PublicEndpoints.FORMS)).permitAll()
                            .requestMatchers("/admin/**").hasRole(Roles.SAMBRUK_ADMIN)
                            .requestMatchers("/org/**").hasRole(Roles.ORG_ADMIN)
                            .anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?loggedOut").deleteCookies(SESSION_COOKIE))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(tiles)))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
                        .permissionsPolicyHeader(permissions -> permissions.policy("geolocation=(self), camera=(), microphone=()")));
        if (oidcProviders.getIfAvailable() != null) {
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService)));
        }
        return http.build();
    }
}
