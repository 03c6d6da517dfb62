package se.sambruk.core.documents;

import java.util.List;

/**
 * What {@link ImportTable#map} made of the rows: the values of the good rows and the errors of
 * the bad ones. Import only when {@link #ok()}: one bad row stops the whole file, so a corrected
 * file can be uploaded again without doubles.
 */
public record ImportResult<T>(List<T> values, List<RowError> errors) {

    public ImportResult {
        values = List.copyOf(values);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
