package se.sodertorn.governance.domain.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.shared.BaseEntity;

/**
 * Someone who can log in: a user name, a salted PBKDF2 password hash (never the password), the roles held
 * and, optionally, the person in the register the account belongs to.
 */
@Entity
@Table(name = "app_user")
@Audited
public class UserAccount extends BaseEntity {

    /** The language tags the user interface and e-mails speak: Swedish (the default) and English. */
    public static final String SWEDISH = "sv";
    public static final String ENGLISH = "en";

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "[a-z0-9._-]{2,60}", message = "{user.username.pattern}")
    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @NotAudited
    @Column(nullable = false, length = 300)
    private String passwordHash;

    private boolean enabled = true;

    @NotEmpty(message = "{user.roles.required}")
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", nullable = false, length = 20)
    @Convert(converter = RoleConverter.class)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.LAZY)
    private Person person;

    @Column(nullable = false, length = 5)
    private String language = SWEDISH;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Creates an empty account for a form to fill in. */
    public static UserAccount blank() {
        return new UserAccount();
    }

    /** Replaces the password hash; the caller hashes, the account never sees the password. */
    public void changePasswordHash(String newHash) {
        if (newHash == null || newHash.isBlank()) {
            throw new IllegalArgumentException("hash required");
        }
        this.passwordHash = newHash;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Remembers the language the user chose, for the next login and for e-mails; anything but English is Swedish. */
    public void chooseLanguage(String tag) {
        language = ENGLISH.equalsIgnoreCase(tag) ? ENGLISH : SWEDISH;
    }

    /** The user's language tag, {@code sv} or {@code en}. */
    public String getLanguage() {
        return language;
    }

    /** The name to show for the account: its person's name, or the user name when it has no person. */
    public String getDisplayName() {
        return person == null ? username : person.getFullName();
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }
}
