package se.sodertorn.governance.reports.minutes;

import java.util.List;
import java.util.Objects;

/** Copies the lists of the minutes' records: {@code null} becomes empty and {@code null} elements are dropped. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
