package se.sodertorn.governance.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void searchPatternIsLowerCaseWithLikeWildcardsEscaped() {
        PageRequest request = new PageRequest(0, 20, null, true, "  100%_Kl\\ ");
        assertEquals("%100\\%\\_kl\\\\%", request.searchPattern());
    }

    @Test
    void blankSearchMeansNoFilter() {
        assertNull(new PageRequest(0, 20, null, true, "   ").searchPattern());
    }

    @Test
    void refusesPagesThatWouldLoadTooMuchOrMakeNoSense() {
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(0, PageRequest.MAX_SIZE + 1));
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(0, 0));
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(-1, 10));
    }
}
