package se.sambruk.core.documents;

import java.time.Instant;

/**
 * A stored file's facts (not its content): which organisation and service own it, what it
 * belongs to in that service ({@code ownerRef}, such as {@code "case:42"}), its safe name, type,
 * size and SHA-256, when and by whom it was stored.
 */
public record Attachment(long id, long organisationId, String ownerService, String ownerRef, String fileName,
                         FileType type, long size, String sha256, Instant createdAt, String createdBy) {
}
