package se.sambruk.core.residents.testidp;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The test identity provider's endpoints: discovery, keys, the authorization page (pick a test
 * person, or cancel), and the token endpoint (client secret, single-use code of one minute, PKCE
 * S256 required, redirect URI as in the request). ID tokens are RS256, five minutes, with
 * {@code auth_time}, the nonce and the Swedish eID framework's personnummer claim.
 */
@Controller
@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty("sambruk.demo.enabled")
class TestIdpController {

    static final String CALLBACK_PATH = "/e-tjanster/logga-in/" + TestIdentityProvider.PROVIDER_ID + "/svar";
    private static final Duration CODE_LIFETIME = Duration.ofMinutes(1);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

    /** What an issued code stands for. */
    record Grant(String redirectUri, String codeChallenge, String nonce, TestPerson person, Instant authenticatedAt, Instant expiresAt) {
    }

    /** The authorization request as the page carries it on to the choice of person. */
    record AuthorizationRequest(String clientId, String redirectUri, String state, String nonce, String codeChallenge,
                                String scope) {
    }

    private final TestIdentityProvider.Keys keys;
    private final TestIdentityProvider.Issuer issuer;
    private final Clock clock;
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    TestIdpController(TestIdentityProvider.Keys keys, TestIdentityProvider.Issuer issuer, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
    }

    @GetMapping(path = "/test-idp/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> discovery() {
        String base = issuer.get();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", base);
        document.put("authorization_endpoint", base + "/authorize");
        document.put("token_endpoint", base + "/token");
        document.put("jwks_uri", base + "/jwks");
        document.put("response_types_supported", List.of("code"));
        document.put("subject_types_supported", List.of("public"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic"));
        document.put("scopes_supported", List.of("openid", "profile"));
        document.put("claims_supported", List.of("sub", "given_name", "family_name", "name",
                TestIdentityProvider.PERSONAL_IDENTITY_NUMBER_CLAIM, TestIdentityProvider.PROTECTED_IDENTITY_CLAIM));
        return document;
    }

    @GetMapping(path = "/test-idp/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> keys() {
        return new JWKSet(keys.signingKey().toPublicJWK()).toJSONObject();
    }

    @GetMapping("/test-idp/authorize")
    String authorize(@RequestParam(name = "client_id", required = false) String clientId,
                     @RequestParam(name = "redirect_uri", required = false) String redirectUri,
                     @RequestParam(name = "response_type", required = false) String responseType,
                     @RequestParam(name = "state", required = false) String state,
                     @RequestParam(name = "nonce", required = false) String nonce,
                     @RequestParam(name = "scope", required = false) String scope,
                     @RequestParam(name = "code_challenge", required = false) String codeChallenge,
                     @RequestParam(name = "code_challenge_method", required = false) String codeChallengeMethod,
                     @RequestParam(name = "prompt", required = false) String prompt,
                     HttpServletRequest request, Model model) {
        String problem = problem(clientId, redirectUri, request);
        if (problem == null && (!"code".equals(responseType) || scope == null || !List.of(scope.split(" ")).contains("openid")
                || codeChallenge == null || codeChallenge.isBlank() || !"S256".equals(codeChallengeMethod) || nonce == null)) {
            problem = "residents.testIdp.badRequest";
        }
        if (problem != null) {
            model.addAttribute("problem", problem);
            return "residents/test-idp";
        }
        model.addAttribute("authorization", new AuthorizationRequest(clientId, redirectUri, state, nonce, codeChallenge, scope));
        model.addAttribute("persons", TestPerson.ALL);
        model.addAttribute("signing", "login".equals(prompt));
        return "residents/test-idp";
    }

    @PostMapping("/test-idp/authorize")
    String choose(AuthorizationRequest authorization, @RequestParam(name = "person", required = false) String personNumber,
                  @RequestParam(name = "cancel", required = false) String cancel, HttpServletRequest request, Model model) {
        String problem = problem(authorization.clientId(), authorization.redirectUri(), request);
        if (problem != null || authorization.codeChallenge() == null || authorization.nonce() == null) {
            model.addAttribute("problem", problem == null ? "residents.testIdp.badRequest" : problem);
            return "residents/test-idp";
        }
        UriComponentsBuilder back = UriComponentsBuilder.fromUriString(authorization.redirectUri());
        if (authorization.state() != null) {
            back.queryParam("state", authorization.state());
        }
        TestPerson person = personNumber == null ? null : TestPerson.find(personNumber).orElse(null);
        if (cancel != null || person == null) {
            return "redirect:" + back.queryParam("error", "access_denied").encode().build().toUriString();
        }
        Instant now = clock.instant();
        grants.values().removeIf(grant -> grant.expiresAt().isBefore(now));
        String code = random();
        grants.put(code, new Grant(authorization.redirectUri(), authorization.codeChallenge(), authorization.nonce(), person, now,
                now.plus(CODE_LIFETIME)));
        return "redirect:" + back.queryParam("code", code).encode().build().toUriString();
    }

    @PostMapping(path = "/test-idp/token", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> token(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                              @RequestParam(name = "grant_type", required = false) String grantType,
                                              @RequestParam(name = "code", required = false) String code,
                                              @RequestParam(name = "redirect_uri", required = false) String redirectUri,
                                              @RequestParam(name = "code_verifier", required = false) String codeVerifier) {
        if (!clientAuthenticated(authorization)) {
            return error(HttpStatus.UNAUTHORIZED, "invalid_client");
        }
        if (!"authorization_code".equals(grantType)) {
            return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type");
        }
        Grant grant = code == null ? null : grants.remove(code);
        if (grant == null || grant.expiresAt().isBefore(clock.instant()) || !grant.redirectUri().equals(redirectUri)
                || codeVerifier == null || !challenge(codeVerifier).equals(grant.codeChallenge())) {
            return error(HttpStatus.BAD_REQUEST, "invalid_grant");
        }
        Instant now = clock.instant();
        TestPerson person = grant.person();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer.get())
                .subject("test-" + HexFormat.of().formatHex(sha256(person.personalIdentityNumber())).substring(0, 32))
                .audience(TestIdentityProvider.CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
                .claim("auth_time", grant.authenticatedAt().getEpochSecond())
                .claim("nonce", grant.nonce())
                .claim(TestIdentityProvider.PERSONAL_IDENTITY_NUMBER_CLAIM, person.personalIdentityNumber())
                .claim("given_name", person.givenName())
                .claim("family_name", person.surname())
                .claim("name", person.givenName() + " " + person.surname())
                .claim(TestIdentityProvider.PROTECTED_IDENTITY_CLAIM, person.protectedIdentity())
                .build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.signingKey().getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            token.sign(new RSASSASigner(keys.signingKey()));
        } catch (JOSEException e) {
            return error(HttpStatus.INTERNAL_SERVER_ERROR, "server_error");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", random());
        answer.put("token_type", "Bearer");
        answer.put("expires_in", TOKEN_LIFETIME.toSeconds());
        answer.put("id_token", token.serialize());
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(answer);
    }

    /** The message key of what is wrong with the client or its redirect URI, or null. */
    private static String problem(String clientId, String redirectUri, HttpServletRequest request) {
        if (!TestIdentityProvider.CLIENT_ID.equals(clientId)) {
            return "residents.testIdp.unknownClient";
        }
        try {
            URI uri = URI.create(redirectUri == null ? "" : redirectUri);
            // registered redirect URI: this same site's answer path for the test provider
            if (!CALLBACK_PATH.equals(uri.getPath()) || !request.getServerName().equalsIgnoreCase(uri.getHost())
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return "residents.testIdp.badRedirect";
            }
        } catch (IllegalArgumentException e) {
            return "residents.testIdp.badRedirect";
        }
        return null;
    }

    private boolean clientAuthenticated(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return false;
        }
        String pair;
        try {
            pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String expected = TestIdentityProvider.CLIENT_ID + ":" + keys.clientSecret();
        return MessageDigest.isEqual(pair.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error) {
        return ResponseEntity.status(status).header(HttpHeaders.CACHE_CONTROL, "no-store").body(Map.of("error", error));
    }

    static String challenge(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
