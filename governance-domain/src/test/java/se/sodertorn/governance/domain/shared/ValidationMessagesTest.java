package se.sodertorn.governance.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;
import org.junit.jupiter.api.Test;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyKind;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.organisation.Person;

/** Bean Validation speaks to the secretary in Swedish (and English), never in framework jargon. */
class ValidationMessagesTest {

    private static Set<String> messages(Object bean, Locale locale) {
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new FixedLocaleInterpolator(locale)).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            return validator.validate(bean).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
        }
    }

    @Test
    void aBadMunicipalityCodeIsExplainedInSwedish() {
        Municipality municipality = new Municipality("127", "Botkyrka", 95_600, LocalDate.of(2022, 12, 31));
        assertEquals(Set.of("Kommunkoden består av fyra siffror, till exempel 0127."),
                messages(municipality, new Locale("sv")));
    }

    @Test
    void aTermEndingBeforeItStartsIsExplainedInBothLanguages() {
        Membership membership = Membership.blankIn(new Body("LG", "Ledningsgruppen", BodyKind.MANAGEMENT_GROUP),
                LocalDate.of(2023, 1, 1));
        membership.setPerson(new Person("Magnus", "Gyllestad"));
        membership.setValidTo(LocalDate.of(2022, 12, 31));

        assertEquals(Set.of("Sista dagen i uppdraget kan inte vara före första dagen."),
                messages(membership, new Locale("sv")));
        assertEquals(Set.of("The last day of the term cannot be before the first day."),
                messages(membership, Locale.ENGLISH));
    }

    @Test
    void everyMissingPersonFieldHasItsOwnMessage() {
        Set<String> swedish = messages(Person.blank(), new Locale("sv"));
        assertTrue(swedish.contains("Ange förnamn."), swedish::toString);
        assertTrue(swedish.contains("Ange efternamn."), swedish::toString);
    }

    /** Interpolates in one locale, as Faces does with the view's locale. */
    private static final class FixedLocaleInterpolator extends ResourceBundleMessageInterpolator {
        private final Locale locale;

        FixedLocaleInterpolator(Locale locale) {
            super((ResourceBundleLocator) l -> java.util.ResourceBundle.getBundle("ValidationMessages", l));
            this.locale = locale;
        }

        @Override
        public String interpolate(String message, Context context) {
            return interpolate(message, context, locale);
        }
    }
}
