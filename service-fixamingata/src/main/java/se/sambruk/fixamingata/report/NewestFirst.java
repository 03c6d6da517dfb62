package se.sambruk.fixamingata.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The newest reports of a municipality in a set of states, fast at a million rows: one branch per
 * state, each reading at most {@code limit} rows off the (organisation_id, state, created_at) index
 * in order, merged and cut. A single {@code state = any(...)} query makes PostgreSQL sort every
 * matching row first.
 */
public final class NewestFirst {

    private NewestFirst() {
    }

    /**
     * The ids of the newest reports, as SQL with its parameters appended to {@code parameters}.
     *
     * @param where extra conditions on alias {@code r} ("" for none), their parameters in {@code whereParameters}
     */
    public static String ids(long organisationId, List<ReportState> states, String where, List<Object> whereParameters, int limit,
                             List<Object> parameters) {
        List<String> branches = new ArrayList<>();
        for (ReportState state : states) {
            branches.add("(select r.id, r.created_at from fixamingata.report r where r.organisation_id = ? and r.state = ?" + where
                    + " order by r.created_at desc, r.id desc limit " + limit + ")");
            parameters.add(organisationId);
            parameters.add(state.name());
            parameters.addAll(whereParameters);
        }
        return "select id, created_at from (" + String.join(" union all ", branches) + ") newest order by created_at desc, id desc limit " + limit;
    }
}
