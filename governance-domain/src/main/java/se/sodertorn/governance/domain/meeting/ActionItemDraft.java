package se.sodertorn.governance.domain.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** What a form says about a new action item: the task, who is responsible, and when it is due. */
public class ActionItemDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{actionItem.text.required}")
    @Size(max = 1000, message = "{text.tooLong}")
    private String text;

    private Long responsibleId;

    private LocalDate dueDate;

    @Size(max = 100, message = "{text.tooLong}")
    private String dueText;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(Long responsibleId) {
        this.responsibleId = responsibleId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public String getDueText() {
        return dueText;
    }

    public void setDueText(String dueText) {
        this.dueText = dueText;
    }
}
