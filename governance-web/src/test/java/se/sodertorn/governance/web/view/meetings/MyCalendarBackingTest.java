package se.sodertorn.governance.web.view.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MyCalendarBackingTest {

    @Test
    void theWebcalLinkIsTheAddressWithItsScheme() {
        assertEquals("webcal://samverkan.example.se/governance/feeds/T.ics",
                MyCalendarBacking.webcal("https://samverkan.example.se/governance/feeds/T.ics"));
        assertEquals("webcal://localhost:8080/governance/feeds/T/bodies/3.ics",
                MyCalendarBacking.webcal("http://localhost:8080/governance/feeds/T/bodies/3.ics"));
        assertEquals("webcal://x/feeds/http://.ics", MyCalendarBacking.webcal("https://x/feeds/http://.ics"),
                "only the scheme changes");
        assertNull(MyCalendarBacking.webcal(null));
    }
}
