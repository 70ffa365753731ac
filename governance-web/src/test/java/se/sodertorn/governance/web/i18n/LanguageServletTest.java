package se.sodertorn.governance.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageServletTest {

    private static final String ROOT = "/governance";

    @Test
    void theSwitchReturnsToThePageWithItsParameters() {
        assertEquals("/governance/plans/plan.xhtml?year=2023",
                LanguageServlet.backTo(ROOT, "/governance/plans/plan.xhtml?year=2023"));
        assertEquals("/governance/meetings/meeting.xhtml?id=20",
                LanguageServlet.backTo(ROOT, "/governance/meetings/meeting.xhtml?id=20"));
    }

    @Test
    void onlyAddressesInsideTheApplicationAreFollowed() {
        for (String elsewhere : new String[] {null, "", "https://evil.example/", "//evil.example/governance/",
            "/other/page.xhtml", "/governance\\..\\x", "/governance/x\r\nSet-Cookie: a=b", "/governanceX/page",
            "/governance/language?to=en"}) {
            assertEquals("/governance/", LanguageServlet.backTo(ROOT, elsewhere), String.valueOf(elsewhere));
        }
    }
}
