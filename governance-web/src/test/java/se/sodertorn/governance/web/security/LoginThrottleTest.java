package se.sodertorn.governance.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    private static final class Hands extends Clock {
        private Instant now = Instant.parse("2030-05-06T07:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void forward(Duration by) {
            now = now.plus(by);
        }
    }

    private final Hands clock = new Hands();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aUserNameWaitsAfterFiveFailuresLongerAfterEachMoreAndIsClearedByTheRightPassword() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
            throttle.failed("Member", "10.0.0.1");
        }
        assertTrue(throttle.waitFor("member", "10.0.0.2").isZero(), "four failures cost nothing");
        throttle.failed("member", "10.0.0.1");
        assertEquals(Duration.ofMinutes(1), throttle.waitFor("member", "10.0.0.2"), "the same name from anywhere");
        clock.forward(Duration.ofMinutes(1));
        throttle.failed("member", "10.0.0.1");
        assertEquals(Duration.ofMinutes(2), throttle.waitFor("member", "10.0.0.3"));
        for (int i = 0; i < 10; i++) {
            throttle.failed("member", "10.0.0.1");
        }
        assertEquals(LoginThrottle.LONGEST, throttle.waitFor("member", "10.0.0.3"), "never longer than the longest");
        assertTrue(throttle.waitFor("secretariat", "10.0.0.3").isZero(), "other names are not held up");

        clock.forward(LoginThrottle.LONGEST);
        throttle.succeeded("member");
        throttle.failed("member", "10.0.0.9");
        assertTrue(throttle.waitFor("member", "10.0.0.9").isZero(), "a right password starts the count again");
    }

    @Test
    void anAddressTryingManyNamesWaitsToo() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            throttle.failed("name" + i, "192.0.2.7");
        }
        assertEquals(LoginThrottle.LONGEST, throttle.waitFor("anyone", "192.0.2.7"));
        assertTrue(throttle.waitFor("anyone", "192.0.2.8").isZero());
        clock.forward(LoginThrottle.LONGEST);
        assertTrue(throttle.waitFor("anyone", "192.0.2.7").isZero());
    }

    @Test
    void refusedTokensCountForTheAddressOnlyAndNameNoUser() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES - 1; i++) {
            throttle.failedFromAddress("192.0.2.20");
        }
        assertTrue(throttle.waitForAddress("192.0.2.20").isZero(), "below the address's limit");
        throttle.failedFromAddress("192.0.2.20");
        assertEquals(LoginThrottle.LONGEST, throttle.waitForAddress("192.0.2.20"));
        assertEquals(LoginThrottle.LONGEST, throttle.waitFor("member", "192.0.2.20"), "passwords wait there too");
        assertTrue(throttle.waitFor("member", "192.0.2.21").isZero(), "no user name was blamed");
        assertTrue(throttle.waitForAddress("192.0.2.21").isZero());
    }
}
