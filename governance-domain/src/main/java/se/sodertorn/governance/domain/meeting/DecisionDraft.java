package se.sodertorn.governance.domain.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What a form says about a decision: its text, whom it recommends, which recommendation it follows, KS adoption. */
public class DecisionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{decision.text.required}")
    @Size(max = 4000, message = "{text.tooLong}")
    private String text;

    private Long recommendedToId;

    private Long followsRecommendationId;

    private boolean needsAdoption;

    /** A form filled in from a stored decision. */
    public static DecisionDraft of(Decision decision) {
        DecisionDraft draft = new DecisionDraft();
        draft.text = decision.getText();
        draft.recommendedToId = decision.getRecommendedTo() == null ? null : decision.getRecommendedTo().getId();
        draft.followsRecommendationId = decision.getFollowsRecommendation() == null ? null
                : decision.getFollowsRecommendation().getId();
        draft.needsAdoption = decision.isNeedsAdoption();
        return draft;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getRecommendedToId() {
        return recommendedToId;
    }

    public void setRecommendedToId(Long recommendedToId) {
        this.recommendedToId = recommendedToId;
    }

    public Long getFollowsRecommendationId() {
        return followsRecommendationId;
    }

    public void setFollowsRecommendationId(Long followsRecommendationId) {
        this.followsRecommendationId = followsRecommendationId;
    }

    public boolean isNeedsAdoption() {
        return needsAdoption;
    }

    public void setNeedsAdoption(boolean needsAdoption) {
        this.needsAdoption = needsAdoption;
    }
}
