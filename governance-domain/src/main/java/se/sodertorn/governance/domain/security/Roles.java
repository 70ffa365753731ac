package se.sodertorn.governance.domain.security;

/** The application's role names, as constants for {@code @RolesAllowed} and web.xml. */
public final class Roles {

    /** Manages users and may do everything. */
    public static final String ADMIN = "admin";
    /** Keeps the register, plans and meetings. */
    public static final String SECRETARIAT = "secretariat";
    /** A municipal director: reads and downloads follow-ups. */
    public static final String DIRECTOR = "director";
    /** A member of a body: reads. */
    public static final String MEMBER = "member";

    private Roles() {
    }
}
