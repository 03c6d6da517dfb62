package se.sambruk.bibblix.librarian;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.servlet.ServletRequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import se.sambruk.bibblix.Bibblix;

/**
 * The upload of a supplier's ONIX feed, streamed to disk with its own limit
 * ({@code sambruk.bibblix.import.max-size}, default 2 GB) instead of the platform's multipart limits
 * (25 MB a file, {@code spring.servlet.multipart.*}), which are right for photos and forms but would
 * stop a real catalogue feed.
 *
 * <p>The import form's POST is taken out of the servlet container's multipart handling: the request
 * is passed on as one that is not multipart, whose parameters are its query string until a signed-in
 * librarian is known (the security chain has read the session). Then, on the first look at a
 * parameter (the CSRF check), the body is read once as a stream: the form fields are kept, the file
 * part is copied to a temporary file as it arrives, never held in memory. A file over the limit is
 * not kept; the rest of the body is still read (and thrown away, up to four times the limit) so that
 * the browser gets the answer, the form with an inline message, rather than a reset connection. A
 * visitor who is not a librarian never gets anything written to disk. The controller takes the
 * outcome ({@link Upload}) from a request attribute and deletes what it does not import.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class OnixUploads extends OncePerRequestFilter {

    static final String PATH = "/bibblix/bibliotekarie/import";
    static final String ATTRIBUTE = OnixUploads.class.getName() + ".upload";
    static final String FILE_FIELD = "fil";
    private static final Logger log = LoggerFactory.getLogger(OnixUploads.class);
    private static final int MAX_FIELD = 4096;

    /** What came of the upload. */
    enum Outcome { STORED, MISSING, TOO_LARGE, BROKEN }

    /** The outcome, with the stored file (STORED only) and its name and size. */
    record Upload(Outcome outcome, Path file, String fileName, long size) {
    }

    private final long maxBytes;

    OnixUploads(@Value("${sambruk.bibblix.import.max-size:2GB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
    }

    long maxBytes() {
        return maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !"POST".equals(request.getMethod()) || !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))
                || contentType == null || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Streamed streamed = new Streamed(request);
        try {
            chain.doFilter(streamed, response);
        } finally {
            streamed.deleteUnclaimed();
        }
    }

    /** Whether the request's user is a signed-in Bibblix librarian (the security chain has read the session by now, or not yet). */
    static boolean librarian() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Bibblix.LIBRARIAN).equals(a.getAuthority()) || Bibblix.LIBRARIAN.equals(a.getAuthority()));
    }

    /** The request as the rest of the application sees it: not multipart; parameters from the query string and, once read, the form's fields. */
    final class Streamed extends HttpServletRequestWrapper {

        private final Map<String, List<String>> parameters = new LinkedHashMap<>();
        private boolean read;

        Streamed(HttpServletRequest request) {
            super(request);
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    if (!pair.isEmpty()) {
                        int eq = pair.indexOf('=');
                        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                        parameters.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
                    }
                }
            }
        }

        /** Reads the body once, when a librarian is signed in. */
        private void readIfLibrarian() {
            if (read || !librarian()) {
                return;
            }
            read = true;
            setAttribute(ATTRIBUTE, receive());
        }

        private Upload receive() {
            HttpServletRequest request = (HttpServletRequest) getRequest();
            Upload upload = new Upload(Outcome.MISSING, null, null, 0);
            try {
                FileItemIterator items = new FileUpload().getItemIterator(new ServletRequestContext(request));
                while (items.hasNext()) {
                    FileItemStream item = items.next();
                    try (InputStream in = item.openStream()) {
                        if (item.isFormField()) {
                            byte[] value = in.readNBytes(MAX_FIELD);
                            drain(in, MAX_FIELD);
                            parameters.computeIfAbsent(item.getFieldName(), n -> new java.util.ArrayList<>())
                                    .add(new String(value, StandardCharsets.UTF_8));
                        } else if (FILE_FIELD.equals(item.getFieldName()) && upload.outcome() == Outcome.MISSING
                                && item.getName() != null && !item.getName().isBlank()) {
                            upload = store(in, item.getName());
                        } else {
                            drain(in, 4 * maxBytes);
                        }
                    }
                }
                return upload;
            } catch (TooLarge e) {
                return new Upload(Outcome.TOO_LARGE, null, e.fileName, e.size);
            } catch (IOException | RuntimeException e) {
                log.info("An ONIX upload could not be read: {}", e.toString());
                if (upload.file() != null) {
                    delete(upload.file());
                }
                return new Upload(upload.outcome() == Outcome.TOO_LARGE ? Outcome.TOO_LARGE : Outcome.BROKEN, null, upload.fileName(), upload.size());
            }
        }

        private Upload store(InputStream in, String name) throws IOException {
            String fileName = Path.of(name.replace('\\', '/')).getFileName().toString();
            Path file = Files.createTempFile("bibblix-onix-", ".xml");
            long size = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                delete(file);
                throw e;
            }
            if (size > maxBytes) {
                delete(file);
                if (!drain(in, 4 * maxBytes)) {
                    // far beyond the limit: stop reading; the answer may not reach a browser that is still sending
                    throw new TooLarge(fileName, size);
                }
                return new Upload(Outcome.TOO_LARGE, null, fileName, size);
            }
            if (size == 0) {
                delete(file);
                return new Upload(Outcome.MISSING, null, fileName, 0);
            }
            return new Upload(Outcome.STORED, file, fileName, size);
        }

        /** Deletes a stored file nobody took over (the controller refused the user, or answered with an error). */
        void deleteUnclaimed() {
            Object upload = getAttribute(ATTRIBUTE);
            if (upload instanceof Upload u && u.file() != null && Files.exists(u.file()) && getAttribute(ATTRIBUTE + ".claimed") == null) {
                delete(u.file());
            }
        }

        @Override
        public String getContentType() {
            return "application/octet-stream";
        }

        @Override
        public String getHeader(String name) {
            return "content-type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
        }

        @Override
        public String getParameter(String name) {
            readIfLibrarian();
            List<String> values = parameters.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            readIfLibrarian();
            Map<String, String[]> map = new LinkedHashMap<>();
            parameters.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            readIfLibrarian();
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            readIfLibrarian();
            List<String> values = parameters.get(name);
            return values == null ? null : values.toArray(String[]::new);
        }

        @Override
        public java.util.Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }

    /** Reads and throws away what is left of a stream, at most {@code limit} bytes; whether its end was reached. */
    private static boolean drain(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        while (total <= limit) {
            int n = in.read(buffer);
            if (n < 0) {
                return true;
            }
            total += n;
        }
        return false;
    }

    /** A file so far over the limit that the rest of the body is not read. */
    private static final class TooLarge extends IOException {
        private final String fileName;
        private final long size;

        TooLarge(String fileName, long size) {
            super("upload far over the limit");
            this.fileName = fileName;
            this.size = size;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file);
        }
    }

    /**
     * The upload of this request (read now if no one has asked for a parameter yet, e.g. when the
     * CSRF token came in a header); {@code MISSING} when the request was not a streamed upload.
     */
    static Upload upload(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) == null) {
            request.getParameterMap();
        }
        return request.getAttribute(ATTRIBUTE) instanceof Upload upload ? upload : new Upload(Outcome.MISSING, null, null, 0);
    }

    /** The controller takes the stored file over (the import deletes it when done). */
    static void claim(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE + ".claimed", Boolean.TRUE);
    }
}
