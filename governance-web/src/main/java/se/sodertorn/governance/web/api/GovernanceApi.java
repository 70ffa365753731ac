package se.sodertorn.governance.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API for scripts and integrations, under {@code /governance/api}; HTTP Basic, JSON. */
@ApplicationPath("/api")
public class GovernanceApi extends Application {
}
