package se.sambruk.schooldata;

import se.sambruk.schooldata.SchoolRecords.Activity;
import se.sambruk.schooldata.SchoolRecords.Duty;
import se.sambruk.schooldata.SchoolRecords.Group;
import se.sambruk.schooldata.SchoolRecords.Org;
import se.sambruk.schooldata.SchoolRecords.Person;

/** The SS 12000 entities read, with their API path and the record they become. */
public enum SchoolObjectKind {
    ORGANISATION("organisations", Org.class),
    PERSON("persons", Person.class),
    GROUP("groups", Group.class),
    DUTY("duties", Duty.class),
    ACTIVITY("activities", Activity.class);

    private final String path;
    private final Class<?> recordType;

    SchoolObjectKind(String path, Class<?> recordType) {
        this.path = path;
        this.recordType = recordType;
    }

    /** The collection's path in the SS 12000 API, also its key in {@code /deletedEntities}. */
    public String path() {
        return path;
    }

    public Class<?> recordType() {
        return recordType;
    }

    public static SchoolObjectKind of(Object record) {
        for (SchoolObjectKind kind : values()) {
            if (kind.recordType.isInstance(record)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not school data: " + record);
    }
}
