package se.sambruk.core.retention;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rule over one table: rows whose time column is older than the period are deleted, or
 * anonymised by an update. The period per row is the organisation's own setting
 * ({@code core.retention_setting}) when the rule lets organisations set it, else the rule's
 * default; preview and apply use the same condition, so apply removes what preview counted.
 *
 * <pre>{@code
 * @Bean
 * RetentionRule closedCases(JdbcTemplate jdbc) {
 *     return SqlRetentionRule.named("uka.closed-follow-ups", "uka")
 *             .description("Uppföljningar tas bort när ungdomen fyllt 20 och ärendet varit avslutat i ...")
 *             .legalGround("Skollagen 29 kap. 9 §; kommunens dokumenthanteringsplan")
 *             .keepDays(3 * 365).organisationSetsPeriod(365, 10 * 365)
 *             .table("uka.follow_up").organisationColumn("organisation_id").timeColumn("closed_at").where("closed_at is not null")
 *             .reference("'uppföljning ' || id").delete()
 *             .build(jdbc);
 * }
 * }</pre>
 * Table, column and clause texts are SQL written by the module, never user input.
 */
public final class SqlRetentionRule implements RetentionRule {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)?");

    private final Builder spec;
    private final JdbcTemplate jdbc;

    private SqlRetentionRule(Builder spec, JdbcTemplate jdbc) {
        this.spec = spec;
        this.jdbc = jdbc;
    }

    public static Builder named(String name, String service) {
        return new Builder(name, service);
    }

    @Override
    public String name() {
        return spec.name;
    }

    @Override
    public String service() {
        return spec.service;
    }

    @Override
    public String description() {
        return spec.description;
    }

    @Override
    public String legalGround() {
        return spec.legalGround;
    }

    @Override
    public int defaultKeepDays() {
        return spec.keepDays;
    }

    @Override
    public boolean organisationSetsPeriod() {
        return spec.organisationSetsPeriod;
    }

    @Override
    public int minKeepDays() {
        return spec.minKeepDays;
    }

    @Override
    public int maxKeepDays() {
        return spec.maxKeepDays;
    }

    @Override
    public boolean perOrganisation() {
        return spec.organisationColumn != null;
    }

    @Override
    public RetentionPreview preview(RetentionScope scope) {
        Condition condition = condition(scope);
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query("select " + organisation() + " as org, count(*) from " + spec.table + " t where " + condition.sql + " group by 1",
                rs -> {
                    Object org = rs.getObject(1);
                    counts.put(org == null ? null : ((Number) org).longValue(), rs.getLong(2));
                }, condition.args.toArray());
        List<RetentionPreview.Item> items = new ArrayList<>();
        if (scope.listLimit() > 0) {
            List<Object> args = new ArrayList<>(condition.args);
            args.add(scope.listLimit());
            jdbc.query("select " + organisation() + " as org, (" + spec.reference + ")::text, t." + spec.timeColumn + " from " + spec.table
                    + " t where " + condition.sql + " order by t." + spec.timeColumn + " limit ?", rs -> {
                Object org = rs.getObject(1);
                Timestamp since = rs.getTimestamp(3);
                items.add(new RetentionPreview.Item(org == null ? null : ((Number) org).longValue(), rs.getString(2),
                        since == null ? null : since.toInstant()));
            }, args.toArray());
        }
        return new RetentionPreview(counts, items);
    }

    @Override
    public Map<Long, Integer> apply(RetentionScope scope) {
        Condition condition = condition(scope);
        String change = spec.anonymise == null
                ? "delete from " + spec.table + " t where " + condition.sql
                : "update " + spec.table + " t set " + spec.anonymise + " where " + condition.sql;
        Map<Long, Integer> removed = new HashMap<>();
        jdbc.query("with gone as (" + change + " returning " + organisation() + " as org) select org, count(*) from gone group by org", rs -> {
            Object org = rs.getObject(1);
            removed.put(org == null ? null : ((Number) org).longValue(), rs.getInt(2));
        }, condition.args.toArray());
        return removed;
    }

    private String organisation() {
        return spec.organisationColumn == null ? "null::bigint" : "t." + spec.organisationColumn;
    }

    private record Condition(String sql, List<Object> args) {
    }

    private Condition condition(RetentionScope scope) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("t.").append(spec.timeColumn).append(" < ?::timestamptz - make_interval(days => ");
        args.add(Timestamp.from(scope.now()));
        if (spec.organisationSetsPeriod) {
            sql.append("coalesce((select s.keep_days from core.retention_setting s where s.rule = ? and s.organisation_id = t.")
                    .append(spec.organisationColumn).append("), ?))");
            args.add(spec.name);
            args.add(spec.keepDays);
        } else {
            sql.append("?)");
            args.add(scope.keepDays().of(null));
        }
        if (spec.where != null) {
            sql.append(" and (").append(spec.where).append(')');
        }
        if (spec.anonymise != null && spec.notYetAnonymised != null) {
            sql.append(" and (").append(spec.notYetAnonymised).append(')');
        }
        if (scope.organisationId() != null) {
            if (spec.organisationColumn == null) {
                sql.append(" and false"); // platform-wide data belongs to no organisation
            } else {
                sql.append(" and t.").append(spec.organisationColumn).append(" = ?");
                args.add(scope.organisationId());
            }
        }
        return new Condition(sql.toString(), args);
    }

    /** The rule's parts; {@link #build} checks that the required ones are there. */
    public static final class Builder {
        private final String name;
        private final String service;
        private String description;
        private String legalGround;
        private int keepDays = -1;
        private boolean organisationSetsPeriod;
        private int minKeepDays = 1;
        private int maxKeepDays = 36_500;
        private String table;
        private String organisationColumn;
        private String timeColumn;
        private String where;
        private String reference = "''";
        private String anonymise;
        private String notYetAnonymised;
        private boolean actionChosen;

        private Builder(String name, String service) {
            this.name = Objects.requireNonNull(name, "name");
            this.service = Objects.requireNonNull(service, "service");
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder legalGround(String legalGround) {
            this.legalGround = legalGround;
            return this;
        }

        /** The default period in days. */
        public Builder keepDays(int days) {
            this.keepDays = days;
            return this;
        }

        /** Each organisation may set its own period between these bounds (needs {@link #organisationColumn}). */
        public Builder organisationSetsPeriod(int minDays, int maxDays) {
            this.organisationSetsPeriod = true;
            this.minKeepDays = minDays;
            this.maxKeepDays = maxDays;
            return this;
        }

        /** The table, schema-qualified ({@code "uka.follow_up"}). */
        public Builder table(String table) {
            this.table = checked(table);
            return this;
        }

        /** The column with the organisation id; leave out for platform-wide data. */
        public Builder organisationColumn(String column) {
            this.organisationColumn = checked(column);
            return this;
        }

        /** The {@code timestamptz} (or {@code date}) column the period runs from. */
        public Builder timeColumn(String column) {
            this.timeColumn = checked(column);
            return this;
        }

        /** An extra condition on the rows ({@code "confirmed_at is null"}); columns by name or as {@code t.column}. */
        public Builder where(String condition) {
            this.where = condition;
            return this;
        }

        /** An SQL expression that names a row for the preview's list without personal data ({@code "'rapport ' || id"}). */
        public Builder reference(String expression) {
            this.reference = expression;
            return this;
        }

        /** The rows are deleted. */
        public Builder delete() {
            this.anonymise = null;
            this.actionChosen = true;
            return this;
        }

        /**
         * The rows are kept and anonymised: {@code set} is the update's SET list
         * ({@code "reporter_email = null, reporter_name = null, anonymised_at = now()"}), {@code notYetAnonymised}
         * a condition true only for rows not yet anonymised ({@code "anonymised_at is null"}), so a row counts once.
         */
        public Builder anonymise(String set, String notYetAnonymised) {
            this.anonymise = Objects.requireNonNull(set, "set");
            this.notYetAnonymised = Objects.requireNonNull(notYetAnonymised, "notYetAnonymised");
            this.actionChosen = true;
            return this;
        }

        public SqlRetentionRule build(JdbcTemplate jdbc) {
            if (description == null || legalGround == null || keepDays < 0 || table == null || timeColumn == null || !actionChosen) {
                throw new IllegalStateException("Retention rule " + name
                        + " needs a description, a legal ground, keepDays, a table, a time column and delete() or anonymise()");
            }
            if (organisationSetsPeriod && organisationColumn == null) {
                throw new IllegalStateException("Retention rule " + name + ": only a rule per organisation lets organisations set the period");
            }
            if (name.length() > 100) {
                throw new IllegalStateException("Retention rule names are at most 100 characters: " + name);
            }
            return new SqlRetentionRule(this, Objects.requireNonNull(jdbc, "jdbc"));
        }

        private static String checked(String identifier) {
            if (identifier == null || !NAME.matcher(identifier).matches()) {
                throw new IllegalArgumentException("Not a plain SQL name: " + identifier);
            }
            return identifier;
        }
    }
}
