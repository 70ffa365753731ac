package se.sodertorn.governance.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Test
    void percentagesFollowTheLanguage() {
        assertEquals("18,62\u00a0%", Formats.percent(SWEDISH, new BigDecimal("18.62")));
        assertEquals("18.62%", Formats.percent(Locale.ENGLISH, new BigDecimal("18.62")));
        assertEquals("33,33\u00a0%", Formats.percent(SWEDISH, new BigDecimal("33.3333")));
        assertEquals("50\u00a0%", Formats.percent(SWEDISH, 50));
        assertEquals("", Formats.percent(SWEDISH, null));
    }

    @Test
    void moneyIsInWholeKronorWithTheLanguagesGroupingAndCurrency() {
        assertEquals("5\u00a0134\u00a0000\u00a0kr", Formats.money(SWEDISH, new BigDecimal("5134000.00")));
        assertEquals("SEK\u00a05,134,000", Formats.money(Locale.ENGLISH, new BigDecimal("5134000.00")));
        assertEquals("−300\u00a0000\u00a0kr", Formats.money(SWEDISH, new BigDecimal("-300000")));
        assertEquals("1\u00a0235\u00a0kr", Formats.money(SWEDISH, new BigDecimal("1234.50")), "half a krona rounds up");
    }
}
