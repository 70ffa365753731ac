package se.sodertorn.governance.domain.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.stream.Stream;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;

/**
 * What a body decided on an agenda item. A decision may recommend another body to decide (LG recommends SSK);
 * a decision may follow such a recommendation; and a decision may need adopting by every municipality's
 * executive board (KS).
 */
@Entity
@Audited
@EntityListeners(MeetingRecordGuard.class)
public class Decision extends BaseEntity implements PartOfMeetingRecord {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AgendaItem item;

    @NotBlank(message = "{decision.text.required}")
    @Size(max = 4000, message = "{text.tooLong}")
    @Column(name = "decision_text", nullable = false, length = 4000)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    private Body recommendedTo;

    @ManyToOne(fetch = FetchType.LAZY)
    private Decision followsRecommendation;

    private boolean needsAdoption;

    protected Decision() {
    }

    public Decision(AgendaItem item, String text) {
        this.item = item;
        this.text = text == null ? null : text.strip();
    }

    /** Rewrites the decision and its links. */
    public void rewrite(String newText, Body newRecommendedTo, Decision recommendation, boolean adoptionNeeded) {
        item.getMeeting().ensureRecordOpen();
        if (recommendation != null && recommendation.recommendedTo == null) {
            throw new GovernanceException("decision.notARecommendation");
        }
        if (recommendation != null && recommendation.equals(this)) {
            throw new GovernanceException("decision.notARecommendation");
        }
        if (newRecommendedTo != null && newRecommendedTo.equals(getBody())) {
            throw new GovernanceException("decision.recommendsItself");
        }
        text = newText == null ? null : newText.strip();
        recommendedTo = newRecommendedTo;
        followsRecommendation = recommendation;
        needsAdoption = adoptionNeeded;
    }

    public boolean isRecommendation() {
        return recommendedTo != null;
    }

    public Meeting getMeeting() {
        return item.getMeeting();
    }

    public Body getBody() {
        return item.getMeeting().getBody();
    }

    @Override
    public Stream<Meeting> recordMeetings() {
        return Stream.of(item.getMeeting());
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getText() {
        return text;
    }

    public Body getRecommendedTo() {
        return recommendedTo;
    }

    public Decision getFollowsRecommendation() {
        return followsRecommendation;
    }

    public boolean isNeedsAdoption() {
        return needsAdoption;
    }
}
