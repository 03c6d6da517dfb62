package se.sambruk.core.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import se.sambruk.core.AuditLog;
import se.sambruk.core.CurrentUser;

/**
 * Files that users upload to a service (a scanned certificate, a bank statement, a photo), kept
 * in {@code core.attachment} with the organisation and the owning service. Before anything is
 * stored the size is checked ({@code sambruk.documents.max-attachment-size}, default 10 MB), the
 * type is told from the content ({@link FileType#sniff}) and must be one the caller allows, and
 * the name is made safe ({@link FileNames}; the type's extension added when the name lacks it).
 * Every look-up needs the organisation and the service, so one municipality never reads
 * another's files and one service never reads another's. Storing, reading and deleting are
 * written to the audit log as changes and reads of personal data.
 *
 * <pre>{@code
 * Attachment stored = attachments.store(user.organisationId(), "provisum", "case:" + caseId, upload, FileType.DOCUMENTS);
 * return attachments.download(id, user.organisationId(), "provisum");   // 404 for anyone else's
 * }</pre>
 */
@Component
public class Attachments {

    private static final String COLUMNS =
            "id, organisation_id, owner_service, owner_ref, file_name, content_type, size_bytes, sha256, created_at, created_by";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final long maxSize;

    Attachments(JdbcTemplate jdbc, AuditLog audit, @Value("${sambruk.documents.max-attachment-size:10MB}") org.springframework.util.unit.DataSize maxSize) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.maxSize = maxSize.toBytes();
    }

    /** The largest file this stores, in bytes. */
    public long maxSize() {
        return maxSize;
    }

    /** Stores an upload (see {@link #store(long, String, String, String, byte[], Set)}). */
    public Attachment store(long organisationId, String ownerService, String ownerRef, MultipartFile upload, Set<FileType> allowed) {
        if (upload == null || upload.isEmpty()) {
            throw new RefusedFile(RefusedFile.Reason.EMPTY, "Filen är tom.");
        }
        if (upload.getSize() > maxSize) {
            throw tooBig();
        }
        try {
            return store(organisationId, ownerService, ownerRef, upload.getOriginalFilename(), upload.getBytes(), allowed);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
    }

    /**
     * Stores a file for an organisation and service, or throws {@link RefusedFile}. Joins the
     * caller's transaction when there is one (the file goes if the work rolls back).
     */
    public Attachment store(long organisationId, String ownerService, String ownerRef, String fileName, byte[] content,
                            Set<FileType> allowed) {
        if (content == null || content.length == 0) {
            throw new RefusedFile(RefusedFile.Reason.EMPTY, "Filen är tom.");
        }
        if (content.length > maxSize) {
            throw tooBig();
        }
        FileType type = FileType.sniff(content, fileName).filter(allowed::contains)
                .orElseThrow(() -> new RefusedFile(RefusedFile.Reason.TYPE_NOT_ALLOWED, "Filtypen tas inte emot. Tillåtna: "
                        + allowed.stream().sorted().map(allowedType -> allowedType.extension().toUpperCase()).collect(Collectors.joining(", ")) + "."));
        String name = FileNames.sanitise(fileName);
        if (!type.hasExtension(name)) {
            name = FileNames.sanitise(name + "." + type.extension());
        }
        String storedName = name;
        String actor = CurrentUser.get().map(CurrentUser::name).orElse(null);
        String sha256 = sha256(content);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("""
                    insert into core.attachment (organisation_id, owner_service, owner_ref, file_name, content_type, size_bytes, sha256, content, created_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setLong(1, organisationId);
            insert.setString(2, ownerService);
            insert.setString(3, ownerRef);
            insert.setString(4, storedName);
            insert.setString(5, type.name());
            insert.setLong(6, content.length);
            insert.setString(7, sha256);
            insert.setBytes(8, content);
            insert.setString(9, actor);
            return insert;
        }, key);
        long id = key.getKey().longValue();
        audit.personalDataChanged("attachment", id, organisationId, ownerService + " " + type + " " + content.length + " bytes stored");
        return info(id, organisationId, ownerService).orElseThrow();
    }

    /** The facts of the organisation's and service's file, without reading its content (not audited). */
    public Optional<Attachment> info(long id, long organisationId, String ownerService) {
        return jdbc.query("select " + COLUMNS + " from core.attachment where id = ? and organisation_id = ? and owner_service = ?",
                Attachments::attachment, id, organisationId, ownerService).stream().findFirst();
    }

    /** The files of something in a service ({@code ownerRef}), oldest first (not audited: names and sizes only). */
    public List<Attachment> list(long organisationId, String ownerService, String ownerRef) {
        return jdbc.query("select " + COLUMNS + " from core.attachment where organisation_id = ? and owner_service = ? and owner_ref = ? order by id",
                Attachments::attachment, organisationId, ownerService, ownerRef);
    }

    /** The file with its content, if it is the organisation's and the service's; the read is audited. */
    public Optional<StoredFile> read(long id, long organisationId, String ownerService) {
        Optional<StoredFile> file = jdbc.query("select " + COLUMNS + ", content from core.attachment where id = ? and organisation_id = ? and owner_service = ?",
                (rs, row) -> new StoredFile(attachment(rs, row), rs.getBytes("content")), id, organisationId, ownerService).stream().findFirst();
        file.ifPresent(found -> audit.personalDataRead("attachment", id, organisationId, ownerService + " attachment read"));
        return file;
    }

    /** The file as a download ({@code attachment}, its own type, {@code nosniff}), or 404 when it is not the organisation's and service's. */
    public ResponseEntity<byte[]> download(long id, long organisationId, String ownerService) {
        return read(id, organisationId, ownerService)
                .map(file -> Downloads.file(file.attachment().fileName(), file.attachment().type().mediaType(), file.content()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    /** Deletes the organisation's and service's file; whether it existed. */
    public boolean delete(long id, long organisationId, String ownerService) {
        boolean deleted = jdbc.update("delete from core.attachment where id = ? and organisation_id = ? and owner_service = ?",
                id, organisationId, ownerService) > 0;
        if (deleted) {
            audit.personalDataChanged("attachment", id, organisationId, ownerService + " attachment deleted");
        }
        return deleted;
    }

    /** Deletes every file of something in a service (for retention rules and deleted cases); how many went. */
    public int deleteAll(long organisationId, String ownerService, String ownerRef) {
        int deleted = jdbc.update("delete from core.attachment where organisation_id = ? and owner_service = ? and owner_ref = ?",
                organisationId, ownerService, ownerRef);
        if (deleted > 0) {
            audit.personalDataChanged("attachment", ownerRef, organisationId, ownerService + " " + deleted + " attachments deleted");
        }
        return deleted;
    }

    private RefusedFile tooBig() {
        return new RefusedFile(RefusedFile.Reason.TOO_BIG, "Filen är större än " + org.springframework.util.unit.DataSize.ofBytes(maxSize).toMegabytes() + " MB.");
    }

    private static Attachment attachment(ResultSet rs, int row) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("owner_service"), rs.getString("owner_ref"),
                rs.getString("file_name"), FileType.valueOf(rs.getString("content_type")), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
