package se.sambruk.core.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@link SwedishFormat} for templates, as the bean {@code fmt}: {@code ${@fmt.count(n)}},
 * {@code ${@fmt.amount(ore)}}, {@code ${@fmt.year(y)}}, {@code ${@fmt.percent(p)}},
 * {@code ${@fmt.position(lat, lon)}}, {@code ${@fmt.date(d)}}, and plurals from the messages:
 * {@code ${@fmt.plural(n, 'councils.organisations')}} reads {@code councils.organisations.one}
 * ("{0} organisation") or {@code councils.organisations.other} ("{0} organisationer") in the
 * page's language, with the count grouped. Null figures print as "–".
 */
@Component("fmt")
public class Fmt {

    private static final String NONE = "–";
    private final MessageSource messages;

    public Fmt(MessageSource messages) {
        this.messages = messages;
    }

    public String count(Number n) {
        return n == null ? NONE : SwedishFormat.count(n.longValue());
    }

    public String decimal(Number value, int decimals) {
        return value == null ? NONE : SwedishFormat.decimal(value.doubleValue(), decimals);
    }

    public String number(Number value, int decimals) {
        return value == null ? NONE : SwedishFormat.number(value.doubleValue(), decimals);
    }

    public String amount(Number ore) {
        return ore == null ? NONE : SwedishFormat.amount(ore.longValue());
    }

    public String kronorNumber(Number ore) {
        return ore == null ? NONE : SwedishFormat.kronorNumber(ore.longValue());
    }

    public String kronor(Number kronor) {
        return kronor == null ? NONE : SwedishFormat.kronor(kronor.longValue());
    }

    public String year(Number year) {
        return year == null ? NONE : SwedishFormat.year(year.longValue());
    }

    public String percent(Number percent) {
        return percent == null ? NONE : SwedishFormat.percent(percent.doubleValue());
    }

    public String percent(Number percent, int decimals) {
        return percent == null ? NONE : SwedishFormat.percent(percent.doubleValue(), decimals);
    }

    public String share(Number part, Number whole, int decimals) {
        return part == null || whole == null ? NONE : SwedishFormat.share(part.doubleValue(), whole.doubleValue(), decimals);
    }

    public String coordinate(Number degrees) {
        return degrees == null ? NONE : SwedishFormat.coordinate(degrees.doubleValue());
    }

    public String position(Number latitude, Number longitude) {
        return latitude == null || longitude == null ? NONE : SwedishFormat.position(latitude.doubleValue(), longitude.doubleValue());
    }

    public String date(LocalDate date) {
        return SwedishFormat.date(date);
    }

    public String longDate(LocalDate date) {
        return SwedishFormat.longDate(date);
    }

    public String dateTime(Object time) {
        if (time instanceof Instant instant) {
            return SwedishFormat.dateTime(instant);
        }
        if (time instanceof OffsetDateTime offset) {
            return SwedishFormat.dateTime(offset);
        }
        if (time instanceof ZonedDateTime zoned) {
            return SwedishFormat.dateTime(zoned);
        }
        if (time instanceof LocalDateTime local) {
            return SwedishFormat.dateTime(local);
        }
        if (time instanceof LocalDate date) {
            return SwedishFormat.date(date);
        }
        return time == null ? "" : time.toString();
    }

    public String month(YearMonth month) {
        return SwedishFormat.month(month);
    }

    /** The message {@code key.one} for one, {@code key.other} otherwise, with the grouped count as {0}. */
    public String plural(Number n, String key) {
        long count = n == null ? 0 : n.longValue();
        return messages.getMessage(key + (count == 1 ? ".one" : ".other"), new Object[] {SwedishFormat.count(count)},
                LocaleContextHolder.getLocale());
    }
}
