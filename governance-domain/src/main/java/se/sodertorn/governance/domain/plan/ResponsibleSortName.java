package se.sodertorn.governance.domain.plan;

import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.organisation.Person;

/**
 * How an activity's responsible sorts in the plan's table: a body by its name, a person by last name then first
 * name, a municipality by its name; at most 300 characters (the column's length).
 */
public final class ResponsibleSortName {

    static final int MAX_LENGTH = 300;

    private ResponsibleSortName() {
    }

    /** The sort name of whichever is given first (body, person, municipality), or null when none is. */
    public static String of(Body body, Person person, Municipality municipality) {
        if (body != null) {
            return of(body);
        }
        if (person != null) {
            return of(person);
        }
        return municipality == null ? null : of(municipality);
    }

    /** A body's sort name. */
    public static String of(Body body) {
        return bounded(body.getName());
    }

    /** A person's sort name: last name, a space, first name. */
    public static String of(Person person) {
        return bounded(person.getLastName() + " " + person.getFirstName());
    }

    /** A municipality's sort name. */
    public static String of(Municipality municipality) {
        return bounded(municipality.getName());
    }

    private static String bounded(String name) {
        return name == null || name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }
}
