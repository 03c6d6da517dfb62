package se.sambruk.core.councils;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A comment on a proposal by a user of a member organisation; comments are kept as written. */
@Entity
@Table(name = "council_comment", schema = "core")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long proposalId;
    private long organisationId;
    private String author;
    private String text;
    private Instant createdAt;

    protected Comment() {
    }

    Comment(long proposalId, long organisationId, String author, String text, Instant createdAt) {
        this.proposalId = proposalId;
        this.organisationId = organisationId;
        this.author = author;
        this.text = text;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getProposalId() { return proposalId; }
    public long getOrganisationId() { return organisationId; }
    public String getAuthor() { return author; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
}
