package se.sodertorn.governance.ejb.notification;

/**
 * Who an e-mail goes to.
 *
 * @param email    the address
 * @param name     the person's name
 * @param language {@code sv} or {@code en}: the language of the person's account, Swedish without one
 */
record Recipient(String email, String name, String language) {
}
