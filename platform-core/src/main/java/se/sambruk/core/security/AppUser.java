package se.sambruk.core.security;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who signs in. Belongs to exactly one organisation. */
@Entity
@Table(name = "app_user", schema = "core")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String displayName;
    private String email;
    private long organisationId;
    /** Null for a user who signs in only through the organisation's OpenID Connect provider. */
    private String passwordHash;
    private boolean enabled = true;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant lastLoginAt;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", schema = "core", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new LinkedHashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String displayName, long organisationId) {
        this.username = username;
        this.displayName = displayName;
        this.organisationId = organisationId;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login; locks the account for {@code lockout} once {@code max} failures are reached. */
    public boolean registerFailedLogin(int max, java.time.Duration lockout, Instant now) {
        failedAttempts++;
        if (failedAttempts >= max) {
            lockedUntil = now.plus(lockout);
            failedAttempts = 0;
            return true;
        }
        return false;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public long getOrganisationId() { return organisationId; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public int getFailedAttempts() { return failedAttempts; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Set<String> getRoles() { return roles; }
}
