package se.sodertorn.governance.domain.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import se.sodertorn.governance.domain.shared.BaseEntity;

/** An amount booked against a budget line on a day (negative for a correction), with a note. */
@Entity
@Audited
public class OutcomeEntry extends BaseEntity {

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private BudgetLine line;

    @NotNull(message = "{outcome.bookedOn.required}")
    @Column(nullable = false)
    private LocalDate bookedOn;

    @NotNull(message = "{outcome.amount.required}")
    @Digits(integer = 12, fraction = 2, message = "{money.format}")
    @Column(nullable = false)
    private BigDecimal amount;

    @Size(max = 500, message = "{text.tooLong}")
    @Column(length = 500)
    private String note;

    protected OutcomeEntry() {
    }

    public OutcomeEntry(BudgetLine line, LocalDate bookedOn, BigDecimal amount, String note) {
        this.line = line;
        this.bookedOn = bookedOn;
        this.amount = amount;
        this.note = note;
    }

    public BudgetLine getLine() {
        return line;
    }

    public LocalDate getBookedOn() {
        return bookedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }
}
