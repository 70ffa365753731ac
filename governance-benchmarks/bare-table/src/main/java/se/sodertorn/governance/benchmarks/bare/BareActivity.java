package se.sodertorn.governance.benchmarks.bare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A few columns of the application's activity table, only read (no setters, no schema generation). */
@Entity
@Table(name = "activity")
public class BareActivity {

    @Id
    private Long id;

    @Column(name = "plan_id", insertable = false, updatable = false)
    private Long planId;

    @Column(insertable = false, updatable = false)
    private String title;

    @Column(insertable = false, updatable = false)
    private String status;

    @Column(name = "progress_percent", insertable = false, updatable = false)
    private int progressPercent;

    @Column(insertable = false, updatable = false)
    private BigDecimal budget;

    @Column(name = "follow_up_comment", insertable = false, updatable = false)
    private String followUpComment;

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getTitle() {
        return title;
    }

    public String getStatus() {
        return status;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getFollowUpComment() {
        return followUpComment;
    }
}
