/**
 * Retention: how long each kind of personal data is kept, and the nightly job that removes what
 * has outlived it. A module registers a {@link se.sambruk.core.retention.RetentionRule} bean (most
 * simply a {@link se.sambruk.core.retention.SqlRetentionRule}); the core runs every rule through
 * {@code ClusterJobs} each night, logs each run in {@code core.retention_run} per organisation, keeps
 * the periods organisations set in {@code core.retention_setting}, and shows rules, previews and
 * the log to organisation administrators ({@code /org/retention}) and, as counts only, to staff
 * ({@code /admin/retention}). A named interface of the core.
 */
@org.springframework.modulith.NamedInterface("retention")
package se.sambruk.core.retention;
