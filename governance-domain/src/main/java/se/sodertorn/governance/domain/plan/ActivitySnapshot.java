package se.sodertorn.governance.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

/**
 * An activity as a follow-up round recorded it — focus area, status, progress, comment, budget and outcome —
 * never changed afterwards.
 */
@Entity
public class ActivitySnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private FollowUpRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Activity activity;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private FocusArea focusArea;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityStatus status;

    private int progressPercent;

    @Column(length = 4000)
    private String followUpComment;

    private BigDecimal budget;

    private BigDecimal outcome;

    protected ActivitySnapshot() {
    }

    public Long getId() {
        return id;
    }

    public FollowUpRound getRound() {
        return round;
    }

    public Activity getActivity() {
        return activity;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public String getFollowUpComment() {
        return followUpComment;
    }

    public FocusArea getFocusArea() {
        return focusArea;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public BigDecimal getOutcome() {
        return outcome;
    }
}
