package se.sodertorn.governance.ejb.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The clock services read "today" and "now" from: Swedish time, since the cooperation's days are Swedish days. */
@ApplicationScoped
public class Clocks {

    /** The Europe/Stockholm zone. */
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    @Produces
    @ApplicationScoped
    Clock swedishClock() {
        return Clock.system(SWEDEN);
    }
}
