package se.sodertorn.governance.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import se.sodertorn.governance.ejb.migration.FlywayMigrationIntegrator;
import se.sodertorn.governance.ejb.security.PasswordHashing;

/**
 * Users, PBKDF2 hashes and roles come from the application's own tables, through the container's database
 * identity store; disabled accounts cannot log in.
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = FlywayMigrationIntegrator.DATASOURCE,
        callerQuery = "select password_hash from app_user where username = ? and enabled = true",
        groupsQuery = "select r.role_name from app_user_role r join app_user u on u.id = r.user_id"
                + " where u.username = ? and u.enabled = true",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
            PasswordHashing.ALGORITHM, PasswordHashing.ITERATIONS, PasswordHashing.SALT_SIZE, PasswordHashing.KEY_SIZE
        })
public class IdentityStoreConfiguration {
}
