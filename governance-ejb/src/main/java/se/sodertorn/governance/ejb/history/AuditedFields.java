package se.sodertorn.governance.ejb.history;

import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hibernate.envers.NotAudited;
import se.sodertorn.governance.domain.meeting.DecisionAdoption;
import se.sodertorn.governance.domain.meeting.Meeting;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.shared.BaseEntity;
import se.sodertorn.governance.ejb.history.RecordChange.FieldChange;

/**
 * The fields of an audited entity that its history shows, and how a field's value reads: texts, dates and numbers
 * as they are, an enum by its name (the page names it from the bundle), another record by its name or title. The
 * id, the optimistic-lock version, fields left out of the audit and the kind's internal fields are not shown.
 */
final class AuditedFields {

    private static final List<String> NAMING_GETTERS = List.of("getFullName", "getName", "getTitle", "getText",
            "getDescription", "getYear");
    /** A time as the pages show it, e.g. 2026-12-11 08:30. */
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Longest name of another record, in characters (a decision is named by the start of its text). */
    private static final int NAME_MAX = 80;

    private final List<SingularAttribute<?, ?>> shown = new ArrayList<>();
    private final String labelPrefix;

    AuditedFields(EntityType<?> entity, RecordKind kind) {
        this.labelPrefix = kind.labelPrefix();
        for (SingularAttribute<?, ?> attribute : entity.getSingularAttributes()) {
            if (!attribute.isId() && !attribute.isVersion() && !notAudited(attribute.getJavaMember())
                    && !kind.internal().contains(attribute.getName())) {
                shown.add(attribute);
            }
        }
        shown.sort(Comparator.comparing(Attribute::getName));
    }

    /** The fields whose values differ from the older snapshot (all that have a value when there is none). */
    List<FieldChange> changed(Object older, Object newer) {
        List<FieldChange> changes = new ArrayList<>();
        for (SingularAttribute<?, ?> attribute : shown) {
            String from = older == null ? null : text(value(attribute, older));
            String to = newer == null ? null : text(value(attribute, newer));
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(labelPrefix + "." + attribute.getName(),
                        valueKeys(attribute.getJavaType()), from, to));
            }
        }
        return changes;
    }

    /** How the page names the values of a field of the type: by the enum's keys, yes or no, as money, or as they are. */
    private static String valueKeys(Class<?> type) {
        if (type.isEnum()) {
            return Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
        }
        if (type == boolean.class || type == Boolean.class) {
            return FieldChange.YES_NO;
        }
        return type == BigDecimal.class ? FieldChange.AMOUNT : null;
    }

    private static boolean notAudited(Member member) {
        return member instanceof Field field && field.isAnnotationPresent(NotAudited.class);
    }

    private static Object value(SingularAttribute<?, ?> attribute, Object entity) {
        try {
            Field field = (Field) attribute.getJavaMember();
            field.setAccessible(true);
            return field.get(entity);
        } catch (IllegalAccessException | ClassCastException unreadable) {
            throw new IllegalStateException("cannot read " + attribute.getName(), unreadable);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof LocalDateTime time) {
            return time.format(MINUTE);
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof BaseEntity record) {
            return named(record);
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** Another record as people know it: its name, title or the start of its text, else its number. */
    static String named(BaseEntity record) {
        if (record instanceof Meeting meeting) {
            return meeting.getBody().getShortName() + " " + meeting.getDay();
        }
        if (record instanceof DecisionAdoption adoption) {
            return adoption.getMunicipality().getName();
        }
        if (record instanceof Membership membership) {
            return membership.getPerson().getFullName() + " – " + membership.getBody().getShortName();
        }
        for (String getter : NAMING_GETTERS) {
            try {
                Method method = record.getClass().getMethod(getter);
                Object name = method.invoke(record);
                if (name != null) {
                    String text = name.toString().strip();
                    return text.length() <= NAME_MAX ? text : text.substring(0, NAME_MAX - 1).strip() + "…";
                }
            } catch (ReflectiveOperationException absent) {
                // the next way of naming it
            }
        }
        return "#" + record.getId();
    }
}
