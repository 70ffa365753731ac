package se.sodertorn.governance.benchmarks;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import se.sodertorn.governance.reports.followup.ActivityRow;
import se.sodertorn.governance.reports.followup.ActivityStatus;
import se.sodertorn.governance.reports.followup.FocusAreaSummary;
import se.sodertorn.governance.reports.followup.FollowUpHeader;

/**
 * A plan of synthetic activities, the same for every writer and every run: eight focus areas in equal blocks,
 * titles of 20–80 characters, comments of 0–400 characters and one in ten of 800–1 500. Every value is derived
 * from the row's index, so rows are made one at a time as a writer asks for them and never held in memory.
 */
final class SyntheticPlan {

    static final List<String> FOCUS_AREAS = List.of("Näringsliv och arbete", "Klimat och miljö",
            "Trygghet och säkerhet", "Kompetensförsörjning", "Infrastruktur och transporter", "Digitalisering",
            "Välfärd och hälsa", "Bostäder och samhällsbyggnad");
    private static final String[] WORDS = ("samverkan kommun region utveckling plan åtgärd uppföljning "
            + "analys dialog nätverk insats mål resultat budget projekt arbete stöd samordning kartläggning "
            + "genomförande utbildning förstudie rapport beslut styrgrupp remiss upphandling avtal").split(" ");
    private static final String[] PEOPLE = {"Anna Andersson", "Bo Berg", "Cecilia Carlsson", "David Dahl",
        "Eva Ek", "Fredrik Falk", "Gunilla Gustafsson", "Hassan Hussein", "Ingrid Isaksson", "Johan Jönsson"};
    private static final String[] PERIODS = {"Q1 2026", "Q1–Q2 2026", "Q2–Q3 2026", "Q3 2026", "Q4 2026",
        "Hela 2026"};
    private static final int POOL = 512;
    private static final List<String> TITLES = texts(POOL, 1, 20, 80);
    private static final List<String> COMMENTS = texts(POOL, 2, 0, 400);
    private static final List<String> LONG_COMMENTS = texts(POOL, 3, 800, 1_500);
    private static final int STATUS_SALT = 4;

    private final int size;

    SyntheticPlan(int size) {
        this.size = size;
    }

    int size() {
        return size;
    }

    FollowUpHeader header() {
        List<Map<ActivityStatus, Integer>> counts = new ArrayList<>();
        FOCUS_AREAS.forEach(area -> counts.add(new EnumMap<>(ActivityStatus.class)));
        for (int i = 0; i < size; i++) {
            counts.get(areaIndex(i)).merge(status(i), 1, Integer::sum);
        }
        List<FocusAreaSummary> summaries = new ArrayList<>();
        for (int area = 0; area < FOCUS_AREAS.size(); area++) {
            summaries.add(new FocusAreaSummary(FOCUS_AREAS.get(area), counts.get(area),
                    BigDecimal.valueOf(1_000_000L * (area + 1)), BigDecimal.valueOf(600_000L * (area + 1))));
        }
        return new FollowUpHeader(1, "Handlingsplan Södertörn 2026", 2026, "Delår 2", LocalDate.of(2026, 8, 31),
                "Delår 1", Instant.parse("2026-09-01T06:00:00Z"), summaries);
    }

    Iterator<ActivityRow> rows() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public ActivityRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return row(next++);
            }
        };
    }

    private ActivityRow row(int i) {
        long id = 100_000L + i;
        int pick = mix(i, 0);
        String comment = pick % 10 == 0 ? LONG_COMMENTS.get(pick % POOL) : COMMENTS.get(pick % POOL);
        BigDecimal budget = pick % 4 == 0 ? null : BigDecimal.valueOf(pick % 500_000);
        return new ActivityRow(id, FOCUS_AREAS.get(areaIndex(i)), TITLES.get(mix(i, 1) % POOL) + " " + id,
                PEOPLE[pick % PEOPLE.length], PERIODS[pick % PERIODS.length], status(i), pick % 101,
                comment.isEmpty() ? null : "Uppföljning " + id + ": " + comment, budget,
                budget == null ? null : budget.multiply(BigDecimal.valueOf(pick % 120)).movePointLeft(2),
                ActivityStatus.values()[mix(i, 2) % ActivityStatus.values().length]);
    }

    private int areaIndex(int i) {
        return (int) ((long) i * FOCUS_AREAS.size() / size);
    }

    private static ActivityStatus status(int i) {
        return ActivityStatus.values()[mix(i, STATUS_SALT) % ActivityStatus.values().length];
    }

    /** A well-spread non-negative number from an index and a salt (SplitMix64's finaliser). */
    private static int mix(int i, int salt) {
        long z = (i + 1L) * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) ((z ^ (z >>> 31)) >>> 33);
    }

    private static List<String> texts(int count, int salt, int minLength, int maxLength) {
        List<String> texts = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            int length = minLength + mix(t, salt) % (maxLength - minLength + 1);
            StringBuilder text = new StringBuilder(length + 16);
            for (int w = 0; text.length() < length; w++) {
                text.append(WORDS[mix(t * 64 + w, salt) % WORDS.length]).append(' ');
            }
            texts.add(text.substring(0, length).strip());
        }
        return texts;
    }
}
