package se.sodertorn.governance.domain.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.Text;

/**
 * The cooperation's budget for one year, beside that year's activity plan: a revision that is drafted, decided
 * by SSK, and then fixed; a change after the decision is a new revision, and the old figures stay as they were.
 * It also says how the members' contribution is split among the municipalities.
 */
@Entity
@Audited
public class Budget extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ActivityPlan plan;

    @Column(nullable = false)
    private int budgetYear;

    @Column(nullable = false)
    private int revision;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BudgetStatus status = BudgetStatus.DRAFT;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ContributionRule contributionRule = ContributionRule.POPULATION;

    @DecimalMin(value = "0", message = "{budget.fixedPercent.range}")
    @DecimalMax(value = "100", message = "{budget.fixedPercent.range}")
    private BigDecimal fixedPercent;

    @Column(nullable = false)
    private int populationYear;

    private LocalDate decidedOn;

    @Size(max = 200, message = "{text.tooLong}")
    @Column(length = 200)
    private String decisionReference;

    protected Budget() {
    }

    /** The first draft of the plan's year; populations of the year before are used for contributions. */
    public Budget(ActivityPlan plan) {
        this.plan = plan;
        this.budgetYear = plan.getYear();
        this.revision = 1;
        this.populationYear = plan.getYear() - 1;
    }

    /** Refuses any change to the figures of a budget that is no longer a draft. */
    public void checkDraft() {
        if (status != BudgetStatus.DRAFT) {
            throw new GovernanceException("budget.notDraft", budgetYear, revision);
        }
    }

    /** Chooses how the members' total is split; the fixed part (0–100 %) only counts for the mixed rule. */
    public void splitBy(ContributionRule rule, BigDecimal fixedPart) {
        checkDraft();
        if (rule == ContributionRule.FIXED_PLUS_POPULATION
                && (fixedPart == null || fixedPart.signum() < 0 || fixedPart.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new GovernanceException("budget.fixedPercent.range");
        }
        this.contributionRule = rule;
        this.fixedPercent = rule == ContributionRule.FIXED_PLUS_POPULATION ? fixedPart : null;
    }

    /** SSK's decision: the figures are fixed from now on. */
    public void decide(LocalDate on, String reference) {
        checkDraft();
        if (on == null) {
            throw new GovernanceException("budget.decidedOn.required");
        }
        this.status = BudgetStatus.DECIDED;
        this.decidedOn = on;
        this.decisionReference = Text.strippedOrNull(reference);
    }

    /** A new draft revision of a decided budget, with the same rule; its lines are copied by the caller. */
    public Budget revise() {
        if (status != BudgetStatus.DECIDED) {
            throw new GovernanceException("budget.revise.notDecided");
        }
        Budget next = new Budget(plan);
        next.revision = revision + 1;
        next.contributionRule = contributionRule;
        next.fixedPercent = fixedPercent;
        next.populationYear = populationYear;
        return next;
    }

    /** The revision decided after this one replaces it. */
    public void supersede() {
        if (status == BudgetStatus.DECIDED) {
            status = BudgetStatus.SUPERSEDED;
        }
    }

    public ActivityPlan getPlan() {
        return plan;
    }

    public int getBudgetYear() {
        return budgetYear;
    }

    public int getRevision() {
        return revision;
    }

    public BudgetStatus getStatus() {
        return status;
    }

    public ContributionRule getContributionRule() {
        return contributionRule;
    }

    public BigDecimal getFixedPercent() {
        return fixedPercent;
    }

    public int getPopulationYear() {
        return populationYear;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionReference() {
        return decisionReference;
    }
}
