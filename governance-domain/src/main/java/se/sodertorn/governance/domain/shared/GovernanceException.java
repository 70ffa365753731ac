package se.sodertorn.governance.domain.shared;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A broken business rule, told to the user in their own language: the message is a key in the
 * application's resource bundle, with arguments for its placeholders.
 */
public class GovernanceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Serializable[] arguments;

    public GovernanceException(String messageKey, Serializable... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
