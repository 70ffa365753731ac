package se.sodertorn.governance.domain.notification;

/** Why an e-mail could not be sent, in terms the secretariat can act on (the technical cause goes to the log). */
public enum DeliveryFailure {
    /** The mail server did not answer or refused the connection. */
    SERVER_UNREACHABLE,
    /** The mail server refused the recipient's address. */
    ADDRESS_REFUSED,
    /** Any other reason; see the server log. */
    NOT_SENT
}
