package se.sambruk.core.documents;

/** A stored file with its content. */
public record StoredFile(Attachment attachment, byte[] content) {
}
