package se.sodertorn.governance.ejb.plan;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.shared.Text;
import se.sodertorn.governance.reports.followup.ActivityChange;

/**
 * Checks what a row of a follow-up workbook would store against the {@link Activity} entity's own Bean Validation
 * constraints ({@link Validator#validateValue}), field by field, so that the preview refuses exactly what saving
 * would refuse: a title that is empty or longer than the column, a status left empty, a progress out of range, a
 * comment longer than the column. The limits are the entity's, never repeated here. Messages are worded in the
 * given locale from the domain's {@code ValidationMessages} bundles (Swedish and English).
 */
final class FollowUpRowCheck {

    /** The code of a violated constraint starts with this and ends with the entity's property. */
    static final String INVALID = "row.invalid.";
    static final String TITLE = "title";
    static final String STATUS = "status";
    static final String PROGRESS = "progressPercent";
    static final String COMMENT = "followUpComment";

    private final Validator validator;

    /**
     * @param factory the container's validator factory (its message interpolator and constraint mapping)
     * @param locale  the language of the messages
     */
    FollowUpRowCheck(ValidatorFactory factory, Locale locale) {
        MessageInterpolator base = factory.getMessageInterpolator();
        this.validator = factory.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale other) {
                return base.interpolate(template, context, other);
            }
        }).getValidator();
    }

    /**
     * @param row            the row as read
     * @param statusReported whether the reader already reported the row's status as unreadable (then a missing
     *                       status is not reported twice); a progress the reader could not read is always reported
     *                       by the reader, so a {@code null} progress is not checked here
     * @return one problem per violated constraint, in the order of the columns, or none
     */
    List<ImportPreview.Problem> check(ActivityChange row, boolean statusReported) {
        List<ImportPreview.Problem> problems = new ArrayList<>();
        add(problems, row, TITLE, Text.strippedOrNull(row.title()));
        if (!statusReported) {
            add(problems, row, STATUS, status(row));
        }
        if (row.progressPercent() != null) {
            add(problems, row, PROGRESS, row.progressPercent());
        }
        add(problems, row, COMMENT, Text.strippedOrNull(row.comment()));
        return problems;
    }

    /** @return whether the fields a workbook row sets are valid on the activity, as it would be saved */
    static boolean accepts(Validator validator, Activity activity) {
        return Stream.of(TITLE, STATUS, PROGRESS, COMMENT)
                .allMatch(property -> validator.validateProperty(activity, property).isEmpty());
    }

    /** @return the domain's status for the row's status, or {@code null} when it has none */
    static ActivityStatus status(ActivityChange row) {
        return row.status() == null ? null : ActivityStatus.valueOf(row.status().name());
    }

    private void add(List<ImportPreview.Problem> problems, ActivityChange row, String property, Object value) {
        validator.validateValue(Activity.class, property, value).stream()
                .sorted(Comparator.comparing(ConstraintViolation::getMessageTemplate))
                .forEach(violation -> problems.add(new ImportPreview.Problem(row.sheet(), row.rowNumber(),
                        INVALID + property, violation.getMessage())));
    }
}
