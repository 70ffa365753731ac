package se.sodertorn.governance.domain.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role by the name the container checks ({@code admin}, {@code secretariat}, …). */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.roleName();
    }

    @Override
    public Role convertToEntityAttribute(String roleName) {
        return roleName == null ? null : Role.ofRoleName(roleName);
    }
}
