package se.sodertorn.governance.reports.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityStatusTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Genomförd|DONE", "  ej GENOMFÖRD |NOT_DONE", "pågående|ONGOING", "Inställd|CANCELLED",
            "Uppskjuten|POSTPONED", "Planerad|PLANNED", "not_done|NOT_DONE", "CANCELLED|CANCELLED"})
    void parsesLabelsAndNames(String text, ActivityStatus expected) {
        assertEquals(Optional.of(expected), ActivityStatus.fromLabel(text));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Klar", "Genomförd!", "DONE_"})
    void rejectsAnythingElse(String text) {
        assertEquals(Optional.empty(), ActivityStatus.fromLabel(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pa\u030Agående"})
    void acceptsDecomposedLetters(String text) {
        assertEquals(Optional.of(ActivityStatus.ONGOING), ActivityStatus.fromLabel(text));
    }
}
