package se.sodertorn.governance.domain.security;

/** A role a user account can hold; its {@link #roleName()} is what the container checks. */
public enum Role {
    ADMIN(Roles.ADMIN),
    SECRETARIAT(Roles.SECRETARIAT),
    DIRECTOR(Roles.DIRECTOR),
    MEMBER(Roles.MEMBER);

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Role ofRoleName(String roleName) {
        for (Role role : values()) {
            if (role.roleName.equals(roleName)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role " + roleName);
    }
}
