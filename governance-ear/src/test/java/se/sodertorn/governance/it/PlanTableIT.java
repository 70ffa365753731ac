package se.sodertorn.governance.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityFilter;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.shared.Page;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.domain.shared.PageRequest.Part;
import se.sodertorn.governance.ejb.organisation.BodyService;
import se.sodertorn.governance.ejb.organisation.PersonService;
import se.sodertorn.governance.ejb.plan.ActivityPlanService;
import se.sodertorn.governance.ejb.plan.ActivityService;
import se.sodertorn.governance.ejb.plan.PlanDashboard;

/**
 * The plan page's table as the database serves it: every offered sort in both directions, paging through the
 * whole plan, the filters and the free-text search give the same rows in the same order as sorting and filtering
 * all activities in memory; a renamed responsible sorts under its new name; the overview's counts and sums (kept
 * by the database on PostgreSQL) match the activities after follow-ups, edits and moves; a text search counts up
 * to its limit and says when more match.
 */
@ExtendWith(ArquillianExtension.class)
class PlanTableIT {

    private static final int PAGE = 7;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PlanTableIT.class);
    }

    @EJB
    private ActivityService activities;
    @EJB
    private ActivityPlanService plans;
    @EJB
    private BodyService bodies;
    @EJB
    private PersonService persons;
    @Inject
    private Callers callers;
    @Inject
    private PlanFixtures fixtures;
    @Inject
    private RegisterFixtures register;

    private ActivityPlan plan;
    private List<Activity> all;
    private Body network;
    private Person person;

    @BeforeEach
    void aPlanOfThirtyVariedActivities() throws Exception {
        plan = callers.asSecretariat(fixtures::newPlan);
        network = callers.asSecretariat(register::newNetwork);
        person = callers.asSecretariat(register::newPerson);
        ActivityStatus[] statuses = ActivityStatus.values();
        all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            int n = i;
            callers.asSecretariat(() -> {
                FocusArea area = fixtures.area(plan, (n * 5) % 4);
                Activity saved = fixtures.activity(plan, area, title(n), (n * 7919) % 23 * 1000);
                return activities.save(differentIn(activities.find(saved.getId()), n, statuses));
            });
        }
        all = callers.asMember(() -> activities.page(plan.getId(), ActivityFilter.none(),
                PageRequest.of(0, 500)).rows());
    }

    private static String title(int n) {
        String[] words = {"Biogas i regionen", "Cykelstråk", "Näringslivsdag", "Kompetensförsörjning", "Bostäder"};
        return words[n % words.length] + " " + (char) ('A' + (n * 11) % 26) + n;
    }

    private Activity differentIn(Activity activity, int n, ActivityStatus[] statuses) {
        activity.followUp(statuses[n % statuses.length], (n * 37) % 100, null);
        activity.setPlannedStart(LocalDate.of(plan.getYear(), 1 + n % 12, 1));
        activity.setPlannedEnd(LocalDate.of(plan.getYear(), 12, 31));
        activity.setOutcome(n % 3 == 0 ? null : BigDecimal.valueOf((n * 13) % 17 * 500L));
        activity.setDescription(n % 4 == 0 ? "Samverkan om rötning av matavfall" : null);
        if (n % 3 == 0) {
            activity.setResponsibleBody(network);
        } else if (n % 3 == 1) {
            activity.setResponsiblePerson(person);
        }
        return activity;
    }

    @Test
    void everySortInBothDirectionsPagesThroughThePlanInTheOrderOfAllItsRows() throws Exception {
        assertEquals(30, all.size());
        check("title", Comparator.comparing(Activity::getTitle));
        check("focusArea", Comparator.comparingInt(a -> a.getFocusArea().getSortOrder()));
        check("status", Comparator.comparing(a -> a.getStatus().name()));
        check("progressPercent", Comparator.comparingInt(Activity::getProgressPercent));
        check("plannedStart", Comparator.comparing(Activity::getPlannedStart));
        check("budget", Comparator.comparing(Activity::getBudget, Comparator.nullsLast(Comparator.naturalOrder())));
        check("outcome", Comparator.comparing(Activity::getOutcome, Comparator.nullsLast(Comparator.naturalOrder())));
        check("responsibleName", Comparator.comparing(PlanTableIT::responsibleSortName,
                Comparator.nullsLast(Comparator.naturalOrder())));
        check(null, Comparator.comparingInt(a -> a.getFocusArea().getSortOrder()));
    }

    @Test
    void filtersAndTheFreeTextSearchCountAndPageOnlyTheirRows() throws Exception {
        FocusArea area = all.get(0).getFocusArea();
        assertSamePages(new ActivityFilter(area.getId(), null, null, null), null, null, true,
                all.stream().filter(a -> a.getFocusArea().getId().equals(area.getId())).toList());
        assertSamePages(new ActivityFilter(null, ActivityStatus.ONGOING, null, null), "title", null, false,
                all.stream().filter(a -> a.getStatus() == ActivityStatus.ONGOING)
                        .sorted(Comparator.comparing(Activity::getTitle).thenComparing(Activity::getId).reversed()).toList());
        assertSamePages(ActivityFilter.none(), "title", "BIOGAS", true, all.stream()
                .filter(a -> a.getTitle().toLowerCase().contains("biogas"))
                .sorted(Comparator.comparing(Activity::getTitle).thenComparing(Activity::getId)).toList());
        assertSamePages(ActivityFilter.none(), "title", "rötning", true, all.stream()
                .filter(a -> a.getDescription() != null)
                .sorted(Comparator.comparing(Activity::getTitle).thenComparing(Activity::getId)).toList());
        assertSamePages(new ActivityFilter(null, null, person.getLastName().toUpperCase(), null), "title", null, true,
                all.stream().filter(a -> a.getResponsiblePerson() != null)
                        .sorted(Comparator.comparing(Activity::getTitle).thenComparing(Activity::getId)).toList());
        assertSamePages(ActivityFilter.none(), null, "100%_finns inte", true, List.of());
    }

    @Test
    void aRenamedResponsibleSortsUnderItsNewName() throws Exception {
        Body renamed = callers.asSecretariat(() -> {
            Body body = bodies.find(network.getId());
            body.setName("Ö " + body.getName());
            return bodies.save(body);
        });
        Person renamedPerson = callers.asSecretariat(() -> {
            Person p = persons.find(person.getId());
            p.setLastName("Aaa" + p.getLastName());
            return persons.save(p);
        });
        all = callers.asMember(() -> activities.page(plan.getId(), ActivityFilter.none(), PageRequest.of(0, 500)).rows());
        assertTrue(all.stream().anyMatch(a -> a.getResponsibleBody() != null
                && a.getResponsibleBody().getName().equals(renamed.getName())));
        assertEquals(renamedPerson.getLastName() + " " + renamedPerson.getFirstName(),
                all.stream().filter(a -> a.getResponsiblePerson() != null).findFirst().orElseThrow().getResponsibleSortName());
        check("responsibleName", Comparator.comparing(PlanTableIT::responsibleSortName,
                Comparator.nullsLast(Comparator.naturalOrder())));
    }

    @Test
    void aSearchCountsItsMatchesUpToTheLimitSaysThereAreMoreAndPagesThroughThem() throws Exception {
        int limit = PageRequest.SEARCH_COUNT_LIMIT;
        FocusArea area = all.get(0).getFocusArea();
        FocusArea other = all.stream().map(Activity::getFocusArea).filter(a -> !a.getId().equals(area.getId()))
                .findFirst().orElseThrow();
        callers.asSecretariat(() -> {
            for (int i = 0; i < limit; i++) {
                fixtures.activity(plan, area, "Laddstolpar vid station " + i, 0);
            }
            return fixtures.activity(plan, other, "Laddstolpar i hamnen", 0);
        });

        Page<Activity> everywhere = callers.asMember(() -> activities.page(plan.getId(), ActivityFilter.none(),
                new PageRequest(0, 1, null, true, "LADDSTOLPAR", Part.TOTAL_ONLY)));
        assertEquals(limit, everywhere.total(), "a search counts up to the limit");
        assertTrue(everywhere.more(), "and says that more match");

        ActivityFilter inArea = new ActivityFilter(area.getId(), null, null, null);
        Page<Activity> exactly = callers.asMember(() -> activities.page(plan.getId(), inArea,
                new PageRequest(0, 1, null, true, "laddstolpar", Part.TOTAL_ONLY)));
        assertEquals(limit, exactly.total(), "as many matches as the limit are counted exactly");
        assertFalse(exactly.more(), "and no more are claimed");

        Page<Activity> last = callers.asMember(() -> activities.page(plan.getId(), ActivityFilter.none(),
                new PageRequest(limit - PAGE, PAGE, "title", true, "laddstolpar", Part.ROWS_ONLY)));
        assertEquals(PAGE, last.rows().size(), "the last page within the limit is full");
        assertTrue(last.rows().stream().allMatch(a -> a.getTitle().startsWith("Laddstolpar")), "of matches only");

        Page<Activity> unfiltered = callers.asMember(() -> activities.page(plan.getId(), ActivityFilter.none(),
                new PageRequest(0, 1, null, true, null, Part.TOTAL_ONLY)));
        assertEquals(all.size() + limit + 1, unfiltered.total(), "without a text filter every activity is counted");
        assertFalse(unfiltered.more());
    }

    @Test
    void theOverviewCountsAndSumsEveryActivityAlsoAfterFollowUpsEditsAndMoves() throws Exception {
        assertOverviewOf(all);
        Activity first = all.get(0);
        callers.asSecretariat(() -> activities.followUp(first.getId(), ActivityStatus.CANCELLED, 0, "Struken",
                first.getVersion()));
        Activity second = callers.asSecretariat(() -> activities.find(all.get(1).getId()));
        second.setBudget(new BigDecimal("123456.50"));
        second.setOutcome(null);
        second.setFocusArea(all.stream().map(Activity::getFocusArea)
                .filter(area -> !area.getId().equals(second.getFocusArea().getId())).findFirst().orElseThrow());
        callers.asSecretariat(() -> activities.save(second));
        all = callers.asMember(() -> activities.page(plan.getId(), ActivityFilter.none(), PageRequest.of(0, 500)).rows());
        assertOverviewOf(all);
    }

    private void assertOverviewOf(List<Activity> rows) throws Exception {
        PlanDashboard overview = callers.asMember(() -> plans.dashboard(plan.getId(), null));
        assertEquals(rows.size(), overview.total());
        for (PlanDashboard.Area area : overview.areas()) {
            List<Activity> inArea = rows.stream().filter(a -> a.getFocusArea().getId() == area.focusAreaId()).toList();
            for (ActivityStatus status : ActivityStatus.values()) {
                assertEquals(inArea.stream().filter(a -> a.getStatus() == status).count(), area.count(status),
                        area.name() + " " + status);
            }
            assertEquals(0, sum(inArea, Activity::getBudget).compareTo(area.budget()), area.name() + " budget");
            assertEquals(0, sum(inArea, Activity::getOutcome).compareTo(area.outcome()), area.name() + " outcome");
        }
    }

    private static BigDecimal sum(List<Activity> rows, Function<Activity, BigDecimal> amount) {
        return rows.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String responsibleSortName(Activity activity) {
        if (activity.getResponsibleBody() != null) {
            return activity.getResponsibleBody().getName();
        }
        return activity.getResponsiblePerson() == null ? null
                : activity.getResponsiblePerson().getLastName() + " " + activity.getResponsiblePerson().getFirstName();
    }

    private void check(String sortField, Comparator<Activity> order) throws Exception {
        Comparator<Activity> ascending = order.thenComparing(Activity::getId);
        assertSamePages(ActivityFilter.none(), sortField, null, true, all.stream().sorted(ascending).toList());
        if (sortField != null) {
            assertSamePages(ActivityFilter.none(), sortField, null, false, all.stream().sorted(ascending.reversed()).toList());
        }
    }

    private void assertSamePages(ActivityFilter filter, String sortField, String search, boolean ascending,
            List<Activity> expected) throws Exception {
        Page<Activity> count = callers.asMember(() -> activities.page(plan.getId(), filter,
                new PageRequest(0, 1, sortField, ascending, search, Part.TOTAL_ONLY)));
        assertEquals(expected.size(), count.total(), "count for " + sortField + " " + search);
        assertFalse(count.more(), "a count below the limit is exact");
        assertTrue(count.rows().isEmpty(), "a count fetches no rows");
        List<Long> paged = new ArrayList<>();
        for (int first = 0; first < expected.size(); first += PAGE) {
            int from = first;
            Page<Activity> page = callers.asMember(() -> activities.page(plan.getId(), filter,
                    new PageRequest(from, PAGE, sortField, ascending, search, Part.ROWS_ONLY)));
            assertEquals(Page.NOT_COUNTED, page.total(), "rows only are not counted");
            page.rows().stream().map(Activity::getId).forEach(paged::add);
        }
        assertTrue(inEitherNullOrder(expected, sortField, paged), "order of " + sortField
                + (ascending ? " asc" : " desc") + ", search " + search + ": expected " + ids(expected) + ", got " + paged);
    }

    /**
     * Whether the paged ids are the expected order, where the rows without a value to sort by (expected as one
     * block at either end, ordered among themselves by id) may stand at the start or at the end: PostgreSQL sorts
     * nulls as the largest values, H2 as the smallest.
     */
    private static boolean inEitherNullOrder(List<Activity> expected, String sortField, List<Long> paged) {
        Function<Activity, Object> value = switch (sortField == null ? "" : sortField) {
            case "outcome" -> Activity::getOutcome;
            case "budget" -> Activity::getBudget;
            case "responsibleName" -> PlanTableIT::responsibleSortName;
            default -> activity -> Boolean.TRUE;
        };
        List<Activity> valued = expected.stream().filter(a -> value.apply(a) != null).toList();
        List<Activity> unvalued = expected.stream().filter(a -> value.apply(a) == null).toList();
        List<Long> nullsLast = new ArrayList<>(ids(valued));
        nullsLast.addAll(ids(unvalued));
        List<Long> nullsFirst = new ArrayList<>(ids(unvalued));
        nullsFirst.addAll(ids(valued));
        return paged.equals(nullsLast) || paged.equals(nullsFirst);
    }

    private static List<Long> ids(List<Activity> rows) {
        return rows.stream().map(Activity::getId).toList();
    }
}
