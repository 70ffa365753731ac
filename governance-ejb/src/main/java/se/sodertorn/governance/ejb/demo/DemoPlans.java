package se.sodertorn.governance.ejb.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.organisation.MunicipalityRepository;
import se.sodertorn.governance.domain.plan.Activity;
import se.sodertorn.governance.domain.plan.ActivityPlan;
import se.sodertorn.governance.domain.plan.ActivityPlanRepository;
import se.sodertorn.governance.domain.plan.ActivityRepository;
import se.sodertorn.governance.domain.plan.ActivityStatus;
import se.sodertorn.governance.domain.plan.DevelopmentProgramme;
import se.sodertorn.governance.domain.plan.FocusArea;
import se.sodertorn.governance.domain.plan.PlannedPeriod;
import se.sodertorn.governance.domain.plan.ProgrammeAdoption;
import se.sodertorn.governance.domain.plan.ProgrammeRepository;

/**
 * Demo programmes and plans: the programme of 2035 with its four focus areas and a 2022 plan of forty
 * activities followed up in two rounds — done, except most of Näringsliv, as the minutes of 2 December 2022
 * report — and SUP 2040 (focus areas simplified for the demo) with a 2023 draft plan and adoption by some
 * municipalities' executive boards.
 */
@ApplicationScoped
public class DemoPlans {

    private static final String DEMO_NOTE = "Demodata: fokusområdena är förenklade.";

    /** The executive boards that have adopted SUP 2040 in the demo, and when. */
    static final Map<String, LocalDate> SUP_2040_ADOPTED = Map.of("Botkyrka", LocalDate.of(2023, 3, 6),
            "Huddinge", LocalDate.of(2023, 3, 13), "Salem", LocalDate.of(2023, 3, 20),
            "Tyresö", LocalDate.of(2023, 4, 11), "Haninge", LocalDate.of(2023, 4, 17));

    @Inject
    private ProgrammeRepository programmes;
    @Inject
    private ActivityPlanRepository plans;
    @Inject
    private ActivityRepository activities;
    @Inject
    private BodyRepository bodies;
    @Inject
    private MunicipalityRepository municipalities;

    public boolean isLoaded() {
        return plans.findByYear(2022).isPresent();
    }

    public void load() {
        DevelopmentProgramme sup2035 = programme("Södertörns utvecklingsprogram 2035", 2019, 2035);
        sup2035.setStatus(se.sodertorn.governance.domain.plan.ProgrammeStatus.REPLACED);
        programmes.save(sup2035);
        List<FocusArea> areas2035 = List.of(
                area(sup2035, "Infrastruktur", "Nyttja den nya infrastrukturen: snabbare och tätare kollektivtrafik, hållbara godstransporter.", 1),
                area(sup2035, "Näringsliv och högskola", "Ett kunskapsintensivt näringsliv och högre utbildningsnivå.", 2),
                area(sup2035, "Olikhet och mångfald", "Tillvarata tillgänglig kompetens: jämlik etablering för nyanlända.", 3),
                area(sup2035, "Klimat", "Leda omställningen till ett klimateffektivt samhälle.", 4));
        ActivityPlan plan2022 = new ActivityPlan(2022, "Verksamhetsplan 2022", sup2035);
        areas2035.forEach(plan2022::useFocusArea);
        plan2022.adopt();
        plans.save(plan2022);
        List<Activity> year2022 = activities2022(plan2022, areas2035);
        plans.takeRound(plan2022.takeRound("Tertial 1 2022", LocalDate.of(2022, 4, 30), "system"));
        finishYear(year2022);
        plans.takeRound(plan2022.takeRound("Helår 2022", LocalDate.of(2022, 12, 31), "system"));

        DevelopmentProgramme sup2040 = programme("SUP 2040", 2023, 2040);
        sup2040.setDescription("Södertörns utvecklingsprogram 2040. " + DEMO_NOTE);
        sup2040.adopt();
        programmes.save(sup2040);
        List<FocusArea> areas2040 = List.of(
                area(sup2040, "Infrastruktur och transporter", "Södertörn i den regionala och nationella planeringen.", 1),
                area(sup2040, "Näringsliv och kompetensförsörjning", "Bättre företagsklimat och kompetens som matchar arbetsgivarna.", 2),
                area(sup2040, "Klimat och hållbarhet", "Minskade utsläpp från resor och transporter.", 3),
                area(sup2040, "Olikhet och mångfald", "Jämlik etablering och tillvaratagen kompetens.", 4));
        adoptSomewhere(sup2040);
        ActivityPlan plan2023 = new ActivityPlan(2023, "Verksamhetsplan 2023", sup2040);
        areas2040.forEach(plan2023::useFocusArea);
        plans.save(plan2023);
        activity(plan2023, areas2040.get(0), "Dialogmöten med regionen om nya RUFS", "REGION", 1, 2, 80_000);
        activity(plan2023, areas2040.get(2), "Redovisa resultat från samverkan BioDrivÖst", "KLIMAT", 2, 2, 40_000);
        activity(plan2023, areas2040.get(1), "Gemensam kompetensförsörjningsanalys", "NARING", 2, 4, 150_000);
        activity(plan2023, areas2040.get(3), "Uppföljning av etableringsarbetet", "ETABL", 1, 4, 60_000);
    }

    private DevelopmentProgramme programme(String name, int first, int last) {
        DevelopmentProgramme programme = programmes.save(new DevelopmentProgramme(name, first, last));
        municipalities.listByName().forEach(m -> programmes.save(new ProgrammeAdoption(programme, m)));
        return programme;
    }

    private FocusArea area(DevelopmentProgramme programme, String name, String goal, int order) {
        return programmes.save(new FocusArea(programme, name, goal, order));
    }

    private void adoptSomewhere(DevelopmentProgramme programme) {
        for (ProgrammeAdoption adoption : programmes.adoptionsOf(programme.getId())) {
            LocalDate day = SUP_2040_ADOPTED.get(adoption.getMunicipality().getName());
            if (day != null) {
                adoption.adoptedOn(day);
                programmes.save(adoption);
            }
        }
    }

    private List<Activity> activities2022(ActivityPlan plan, List<FocusArea> areas) {
        FocusArea infra = areas.get(0);
        FocusArea business = areas.get(1);
        FocusArea diversity = areas.get(2);
        FocusArea climate = areas.get(3);
        return List.of(
                activity(plan, infra, "Gemensamt remissvar på länsplanen för transportinfrastruktur", "PLAN", 1, 2, 60_000),
                activity(plan, infra, "Påverkansarbete för Tvärförbindelse Södertörn", "PLAN", 1, 4, 120_000),
                activity(plan, infra, "Kartläggning av kollektivtrafikstråk mellan regionala stadskärnor", "PLAN", 2, 3, 90_000),
                activity(plan, infra, "Dialog med Trafikverket om godsflöden", "PLAN", 2, 2, 30_000),
                activity(plan, infra, "Seminarium om hållbara godstransporter", "PLAN", 3, 3, 45_000),
                activity(plan, infra, "Underlag till regional cykelplan", "PLAN", 2, 4, 50_000),
                activity(plan, infra, "Samordnade synpunkter på RUFS-arbetet", "REGION", 3, 4, 40_000),
                activity(plan, infra, "Uppföljning av pendlingsstatistik", "PLAN", 4, 4, 20_000),
                activity(plan, infra, "Gemensam position om Spårväg syd", "PLAN", 1, 2, 25_000),
                activity(plan, infra, "Rapport om tillgänglighet till Södertörns högskola", "PLAN", 3, 4, 35_000),
                activity(plan, business, "Gemensam marknadsföring av Södertörn som etableringsort", "NARING", 1, 4, 250_000),
                activity(plan, business, "Företagsklimatmätning och gemensamma åtgärder", "NARING", 2, 3, 120_000),
                activity(plan, business, "Nätverksträffar för näringslivschefer", "NARING", 1, 4, 40_000),
                activity(plan, business, "Kompetensförsörjningsdialog med arbetsgivare", "NARING", 2, 4, 80_000),
                activity(plan, business, "Ansökan om nya YH-utbildningar", "YH", 1, 2, 60_000),
                activity(plan, business, "Samverkan med Södertörns högskola om praktikplatser", "YH", 3, 4, 50_000),
                activity(plan, business, "Etableringsguide för nya företag", "NARING", 2, 3, 70_000),
                activity(plan, business, "Gemensam mässnärvaro på Fastighetsmässan", "NARING", 3, 3, 150_000),
                activity(plan, business, "Analys av branschstruktur på Södertörn", "NARING", 4, 4, 90_000),
                activity(plan, business, "Lokala näringslivsråd: erfarenhetsutbyte", "NARING", 1, 4, 20_000),
                activity(plan, diversity, "Gemensam introduktion för nyanlända", "ETABL", 1, 4, 200_000),
                activity(plan, diversity, "Kartläggning av bostadsförsörjning för nyanlända", "ETABL", 1, 2, 60_000),
                activity(plan, diversity, "Språkstöd i samverkan med arbetsförmedlingen", "ETABL", 2, 4, 90_000),
                activity(plan, diversity, "Mentorsprogram för utrikes födda akademiker", "ETABL", 2, 4, 70_000),
                activity(plan, diversity, "Erfarenhetsutbyte om samhällsorientering", "ETABL", 3, 3, 15_000),
                activity(plan, diversity, "Statistikuppföljning av etableringen", "ETABL", 4, 4, 25_000),
                activity(plan, diversity, "Workshop om validering av utländsk kompetens", "ETABL", 2, 2, 30_000),
                activity(plan, diversity, "Gemensam information på flera språk", "ETABL", 1, 3, 45_000),
                activity(plan, diversity, "Uppföljning av praktikplatser i kommunerna", "ETABL", 3, 4, 20_000),
                activity(plan, diversity, "Seminarium om inkluderande rekrytering", "ETABL", 4, 4, 25_000),
                activity(plan, climate, "Samverkan BioDrivÖst: biogas för tunga transporter", "KLIMAT", 1, 4, 300_000),
                activity(plan, climate, "Gemensam klimatfärdplan för resor och transporter", "KLIMAT", 1, 3, 120_000),
                activity(plan, climate, "Laddinfrastruktur: gemensam kartläggning", "KLIMAT", 2, 3, 80_000),
                activity(plan, climate, "Utbildning i klimatsmart upphandling", "KLIMAT", 2, 2, 40_000),
                activity(plan, climate, "Samordnad tjänsteresepolicy", "KLIMAT", 3, 4, 20_000),
                activity(plan, climate, "Kommunikationskampanj om hållbart resande", "KLIMAT", 2, 3, 90_000),
                activity(plan, climate, "Nätverksträffar för klimatstrateger", "KLIMAT", 1, 4, 15_000),
                activity(plan, climate, "Uppföljning av koldioxidutsläpp per kommun", "KLIMAT", 4, 4, 30_000),
                activity(plan, climate, "Studieresa om fossilfria transporter", "KLIMAT", 3, 3, 60_000),
                activity(plan, climate, "Gemensam ansökan om Klimatklivet-medel", "KLIMAT", 1, 2, 25_000));
    }

    /** The year as the minutes tell it: everything done except most of Näringsliv och högskola. */
    private void finishYear(List<Activity> year) {
        int businessSeen = 0;
        for (Activity activity : year) {
            boolean business = activity.getFocusArea().getName().startsWith("Näringsliv");
            if (business && businessSeen++ < 7) {
                activity.followUp(businessSeen % 3 == 0 ? ActivityStatus.POSTPONED : ActivityStatus.NOT_DONE,
                        businessSeen * 5, "Inte genomförd under året; prioriteras om i nästa verksamhetsplan.");
                activity.setOutcome(activity.getBudget().multiply(new BigDecimal("0.1")));
            } else {
                activity.followUp(ActivityStatus.DONE, 100, "Genomförd enligt plan.");
                activity.setOutcome(activity.getBudget().multiply(new BigDecimal(business ? "1.05" : "0.92")));
            }
            activities.save(activity);
        }
    }

    private Activity activity(ActivityPlan plan, FocusArea area, String title, String responsible, int firstQuarter,
            int lastQuarter, int budget) {
        LocalDate[] period = PlannedPeriod.ofQuarters(plan.getYear(), firstQuarter, lastQuarter);
        Activity activity = new Activity(plan, area, title, period[0], period[1]);
        activity.setResponsibleBody(bodies.findByShortName(responsible).orElseThrow());
        activity.setBudget(BigDecimal.valueOf(budget));
        if (plan.getYear() == 2022) {
            activity.followUp(firstQuarter == 1 ? ActivityStatus.ONGOING : ActivityStatus.PLANNED,
                    firstQuarter == 1 ? 25 : 0, null);
        }
        return activities.save(activity);
    }
}
