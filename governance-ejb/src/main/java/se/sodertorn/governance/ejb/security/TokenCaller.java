package se.sodertorn.governance.ejb.security;

import java.util.Set;

/** Whom a usable API token lets in: the account's user name and role names, as a password login gives them. */
public record TokenCaller(String username, Set<String> roles) {
}
