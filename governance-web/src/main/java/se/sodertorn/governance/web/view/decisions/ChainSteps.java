package se.sodertorn.governance.web.view.decisions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.ejb.meeting.DecisionChain;
import se.sodertorn.governance.web.i18n.Texts;

/**
 * A decision chain as the steps a reader follows, in order: the recommendation the decision follows, the decision,
 * the decisions that follow it, and the executive boards' adoptions, e.g. "LG 2022-12-02 rekommenderar SSK →
 * SSK 2023-01-12 beslutade → antaget av 5 av 8 KS".
 */
public final class ChainSteps {

    private ChainSteps() {
    }

    /**
     * One step: its words, and the decision it is (null for the adoptions).
     *
     * @param text       the step in the user's language
     * @param decisionId the decision of the step, or null
     * @param current    whether the step is the decision shown
     */
    public record Step(String text, Long decisionId, boolean current) implements Serializable {
    }

    /** The chain's steps in the locale's words. */
    public static List<Step> of(DecisionChain chain, Locale locale) {
        List<Step> steps = new ArrayList<>();
        if (chain.recommendation() != null) {
            steps.add(step(chain.recommendation(), false, locale));
        }
        steps.add(step(chain.decision(), true, locale));
        chain.followers().forEach(follower -> steps.add(step(follower, false, locale)));
        if (chain.decision().isNeedsAdoption()) {
            steps.add(new Step(Texts.format(locale, "decision.ui.step.adopted", chain.adoptedCount(),
                    chain.municipalityCount()), null, false));
        }
        return steps;
    }

    /** The steps as one line of text joined by arrows. */
    public static String asText(List<Step> steps) {
        return String.join(" → ", steps.stream().map(Step::text).toList());
    }

    private static Step step(Decision decision, boolean current, Locale locale) {
        String body = decision.getBody().getShortName();
        String day = decision.getMeeting().getDay().toString();
        String text = decision.getRecommendedTo() == null
                ? Texts.format(locale, "decision.ui.step.decided", body, day)
                : Texts.format(locale, "decision.ui.step.recommends", body, day,
                        decision.getRecommendedTo().getShortName());
        return new Step(text, decision.getId(), current);
    }
}
