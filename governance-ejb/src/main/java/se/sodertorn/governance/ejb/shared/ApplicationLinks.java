package se.sodertorn.governance.ejb.shared;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Addresses of the application's pages, for links in e-mails. The base address is the system property
 * {@code governance.base-url} or the environment variable {@code GOVERNANCE_BASE_URL} (e.g.
 * {@code https://samverkan.example.se/governance/}); without either, {@code http://localhost:8080/governance/}.
 */
@ApplicationScoped
public class ApplicationLinks {

    private static final String LOCAL = "http://localhost:8080/governance/";

    private final String base;
    private final boolean configured;

    public ApplicationLinks() {
        String setting = System.getProperty("governance.base-url", System.getenv("GOVERNANCE_BASE_URL"));
        configured = setting != null && !setting.isBlank();
        String chosen = configured ? setting.strip() : LOCAL;
        base = chosen.endsWith("/") ? chosen : chosen + "/";
    }

    /**
     * The configured base address, or {@code fallback} (e.g. the address the page was asked by, ending in
     * {@code /}) when none is configured.
     */
    public String baseOr(String fallback) {
        return configured ? base : fallback;
    }

    /** The start page, where each person sees what waits for them. */
    public String start() {
        return base;
    }

    /** A meeting's page, with its record and minutes. */
    public String meeting(long meetingId) {
        return base + "meetings/meeting.xhtml?id=" + meetingId;
    }

    /** The register of action items, showing the reader's own. */
    public String myActionItems() {
        return base + "meetings/actions.xhtml?mine=true";
    }
}
