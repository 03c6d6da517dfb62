package se.sambruk.bibblix.librarian;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The ONIX upload streams to disk with its own limit, reads the whole body even past it, and writes nothing for anyone but a librarian. */
class OnixUploadsTests {

    static final String BOUNDARY = "----bibblixBoundary7MA4YWxkTrZu0gW";

    final OnixUploads uploads = new OnixUploads(DataSize.ofKilobytes(64));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(String authority) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("malmo", null, List.of(new SimpleGrantedAuthority(authority))));
    }

    /** A multipart body as a browser sends it: the CSRF field, the file, and a field after it. */
    static byte[] body(String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\ntoken-123\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/xml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"efter\"\r\n\r\nja\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static MockHttpServletRequest request(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", OnixUploads.PATH);
        request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
        request.setContent(body);
        return request;
    }

    /** Runs the filter; the chain looks at the CSRF parameter as Spring Security does, then takes the upload as the controller does. */
    record Seen(String csrf, String after, OnixUploads.Upload upload, String contentType, int unread) {
    }

    Seen send(MockHttpServletRequest request, boolean claim) throws Exception {
        AtomicReference<Seen> seen = new AtomicReference<>();
        MockFilterChain chain = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                HttpServletRequest http = (HttpServletRequest) req;
                String csrf = http.getParameter("_csrf");
                OnixUploads.Upload upload = OnixUploads.upload(http);
                if (claim) {
                    OnixUploads.claim(http);
                }
                try {
                    seen.set(new Seen(csrf, http.getParameter("efter"), upload, http.getContentType(), request.getInputStream().available()));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        uploads.doFilter(request, new MockHttpServletResponse(), chain);
        return seen.get();
    }

    @Test
    void aFeedIsStreamedToAFileAndTheFormFieldsAreRead() throws Exception {
        signIn("ROLE_BIBBLIX_LIBRARIAN");
        byte[] feed = new byte[50_000];
        Arrays.fill(feed, (byte) 'x');
        Seen seen = send(request(body("C:\\Users\\bib\\flode.xml", feed)), true);
        assertThat(seen.csrf()).isEqualTo("token-123");
        assertThat(seen.after()).isEqualTo("ja");
        assertThat(seen.contentType()).doesNotStartWith("multipart/");
        assertThat(seen.upload().outcome()).isEqualTo(OnixUploads.Outcome.STORED);
        assertThat(seen.upload().fileName()).isEqualTo("flode.xml");
        assertThat(seen.upload().size()).isEqualTo(50_000);
        Path file = seen.upload().file();
        assertThat(Files.readAllBytes(file)).isEqualTo(feed);
        Files.delete(file);
    }

    @Test
    void aFileOverTheLimitIsNotKeptButTheWholeBodyIsReadAndTheFieldsAfterIt() throws Exception {
        signIn("ROLE_BIBBLIX_LIBRARIAN");
        byte[] feed = new byte[200_000];
        Seen seen = send(request(body("stor.xml", feed)), true);
        assertThat(seen.upload().outcome()).isEqualTo(OnixUploads.Outcome.TOO_LARGE);
        assertThat(seen.upload().file()).isNull();
        assertThat(seen.upload().fileName()).isEqualTo("stor.xml");
        // read to the end: the browser gets the answer instead of a reset connection
        assertThat(seen.unread()).isZero();
        assertThat(seen.after()).isEqualTo("ja");
        assertThat(seen.csrf()).isEqualTo("token-123");
    }

    @Test
    void anUnclaimedFileIsDeletedWhenTheRequestEnds() throws Exception {
        signIn("ROLE_BIBBLIX_LIBRARIAN");
        Seen seen = send(request(body("flode.xml", "<ONIXMessage/>".getBytes(StandardCharsets.UTF_8))), false);
        assertThat(seen.upload().outcome()).isEqualTo(OnixUploads.Outcome.STORED);
        assertThat(seen.upload().file()).doesNotExist();
    }

    @Test
    void nothingIsReadOrWrittenForSomeoneWhoIsNotALibrarian() throws Exception {
        signIn("ROLE_CASEWORKER");
        MockHttpServletRequest request = request(body("flode.xml", new byte[1000]));
        int before = request.getContentAsByteArray().length;
        Seen seen = send(request, true);
        assertThat(seen.csrf()).isNull();
        assertThat(seen.upload().outcome()).isEqualTo(OnixUploads.Outcome.MISSING);
        assertThat(seen.unread()).isEqualTo(before);
        SecurityContextHolder.clearContext();
        seen = send(request(body("flode.xml", new byte[1000])), true);
        assertThat(seen.csrf()).isNull();
        assertThat(seen.upload().outcome()).isEqualTo(OnixUploads.Outcome.MISSING);
    }

    @Test
    void anEmptyFileABrokenBodyAndAPlainPostAreNotStored() throws Exception {
        signIn("ROLE_BIBBLIX_LIBRARIAN");
        assertThat(send(request(body("tom.xml", new byte[0])), true).upload().outcome()).isEqualTo(OnixUploads.Outcome.MISSING);
        byte[] cut = Arrays.copyOf(body("flode.xml", new byte[5000]), 3000);
        assertThat(send(request(cut), true).upload().outcome()).isEqualTo(OnixUploads.Outcome.BROKEN);
        MockHttpServletRequest plain = new MockHttpServletRequest("POST", OnixUploads.PATH);
        plain.setContentType("application/x-www-form-urlencoded");
        assertThat(uploads.shouldNotFilter(plain)).isTrue();
        MockHttpServletRequest other = request(body("flode.xml", new byte[10]));
        other.setRequestURI("/bibblix/bibliotekarie/titlar");
        assertThat(uploads.shouldNotFilter(other)).isTrue();
        assertThat(uploads.shouldNotFilter(request(body("flode.xml", new byte[10])))).isFalse();
    }

    @Test
    void theQueryStringIsStillRead() throws Exception {
        signIn("ROLE_BIBBLIX_LIBRARIAN");
        MockHttpServletRequest request = request(body("flode.xml", new byte[10]));
        request.setQueryString("a=%C3%A5&b");
        AtomicReference<String> a = new AtomicReference<>();
        uploads.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                a.set(req.getParameter("a") + "|" + req.getParameter("b") + "|" + req.getParameter("_csrf"));
            }
        });
        assertThat(a.get()).isEqualTo("å||token-123");
    }
}
