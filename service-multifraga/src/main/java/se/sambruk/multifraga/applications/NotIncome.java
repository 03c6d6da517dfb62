package se.sambruk.multifraga.applications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the agencies report that is not income for the calculation, each with a short reason: a
 * whole source ({@code SKV}) or one kind of payment from a source ({@code FK/Merkostnadsersättning},
 * the kind as the compiled view names it). The municipality sets the list with
 * {@code sambruk.multifraga.not-income[0]=SKV=reason}, {@code [1]=FK/Kind=reason}, ...; without it
 * the {@link #DEFAULT} list applies: the sources whose answers hold no payments (Skatteverket's
 * yearly figures from the taxation, Transportstyrelsen's vehicles, Arbetsförmedlingen's
 * registration and activity). A payment the compiled view itself does not count (planned, CSN's
 * home equipment loan) is never income either.
 */
public record NotIncome(Map<String, String> reasons) {

    public static final List<String> DEFAULT_ENTRIES = List.of(
            "SKV=Skatteverkets uppgifter är årsuppgifter från beskattningen, inte utbetalningar per månad",
            "TNS=Transportstyrelsens uppgifter är fordon, inte utbetalningar",
            "AF=Arbetsförmedlingens uppgifter är inskrivning och aktivitet, inte utbetalningar");

    public static final NotIncome DEFAULT = parse(DEFAULT_ENTRIES);

    public NotIncome {
        reasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** The entries {@code CODE=reason} or {@code CODE/Kind=reason}; a line without a reason or a code is refused with its text. */
    public static NotIncome parse(List<String> entries) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (String entry : entries) {
            int at = entry.indexOf('=');
            String key = at < 0 ? "" : entry.substring(0, at).strip();
            String reason = at < 0 ? "" : entry.substring(at + 1).strip();
            String code = key.contains("/") ? key.substring(0, key.indexOf('/')).strip() : key;
            if (code.isEmpty() || reason.isEmpty() || (key.contains("/") && key.substring(key.indexOf('/') + 1).isBlank())) {
                throw new IllegalArgumentException("sambruk.multifraga.not-income: write CODE=reason or CODE/Kind=reason, not: " + entry);
            }
            reasons.put(key.contains("/") ? code + "/" + key.substring(key.indexOf('/') + 1).strip().toLowerCase(java.util.Locale.ROOT) : code,
                    reason);
        }
        return new NotIncome(reasons);
    }

    /** Whether a whole source reports nothing that is income. */
    public boolean source(String code) {
        return reasons.containsKey(code);
    }

    /** Why a payment of this source and kind is not income, if it is not (the source's reason first, then the kind's). */
    public Optional<String> reason(String source, String kind) {
        String whole = reasons.get(source);
        if (whole != null) {
            return Optional.of(whole);
        }
        return Optional.ofNullable(kind == null ? null : reasons.get(source + "/" + kind.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The kinds of payment set as not income (source/kind → reason), for the page. */
    public Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        reasons.forEach((key, reason) -> {
            if (key.contains("/")) {
                kinds.put(key, reason);
            }
        });
        return kinds;
    }
}
