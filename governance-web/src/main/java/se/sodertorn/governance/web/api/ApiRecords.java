package se.sodertorn.governance.web.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.plan.ActivityPlan;

/** The JSON shapes of the API: plain records, so that the API does not change when an entity does. */
public final class ApiRecords {

    private ApiRecords() {
    }

    /** A municipality with its official code and population. */
    public record MunicipalityJson(long id, String code, String name, int population, LocalDate populationDate) {
        static MunicipalityJson of(Municipality m) {
            return new MunicipalityJson(m.getId(), m.getCode(), m.getName(), m.getPopulation(), m.getPopulationDate());
        }
    }

    /** A body; {@code formalName} heads its minutes when it is set. */
    public record BodyJson(long id, String shortName, String name, String formalName, String kind, String description) {
        static BodyJson of(Body b) {
            return new BodyJson(b.getId(), b.getShortName(), b.getName(), b.getFormalName(), b.getKind().name(),
                    b.getDescription());
        }
    }

    /** A membership: who, in which role, for which municipality, from when to when. */
    public record MemberJson(long membershipId, int version, long personId, String name, String role,
            String municipality, String municipalityCode, LocalDate validFrom, LocalDate validTo) {
        static MemberJson of(Membership m) {
            return new MemberJson(m.getId(), m.getVersion(), m.getPerson().getId(), m.getPerson().getFullName(),
                    m.getRole().name(),
                    m.getMunicipality() == null ? null : m.getMunicipality().getName(),
                    m.getMunicipality() == null ? null : m.getMunicipality().getCode(),
                    m.getValidFrom(), m.getValidTo());
        }
    }

    /** A new membership as posted: ids of person, body and (optionally) municipality, role, term. */
    public record NewMembershipJson(@NotNull(message = "personId is required") Long personId,
            @NotNull(message = "bodyId is required") Long bodyId, @NotNull(message = "role is required") String role,
            Long municipalityId, @NotNull(message = "validFrom is required") @Plausible LocalDate validFrom,
            @Plausible LocalDate validTo) {
    }

    /** Ending a membership: the last day, and the version the caller last saw. */
    public record EndMembershipJson(@NotNull(message = "lastDay is required") @Plausible LocalDate lastDay,
            @NotNull(message = "version is required") Integer version) {
    }

    /** An activity plan. */
    public record PlanJson(long id, int year, String name, String programme, String status) {
        static PlanJson of(ActivityPlan p) {
            return new PlanJson(p.getId(), p.getYear(), p.getName(), p.getProgramme().getName(), p.getStatus().name());
        }
    }

    /** A new draft plan as posted: year, name and the development programme's name; it uses all its focus areas. */
    public record NewPlanJson(@NotNull(message = "year is required") Integer year,
            @NotBlank(message = "name is required") String name,
            @NotBlank(message = "programme is required") String programme) {
    }

    /** A new activity as posted: focus area by name, title, planned dates, budget in SEK. */
    public record NewActivityJson(@NotBlank(message = "focusArea is required") String focusArea,
            @NotBlank(message = "title is required") String title, @Plausible LocalDate plannedStart,
            @Plausible LocalDate plannedEnd,
            java.math.BigDecimal budget) {
    }

    /** An activity as created. */
    public record ActivityJson(long id, int version, String focusArea, String title, String status, int progressPercent) {
        static ActivityJson of(se.sodertorn.governance.domain.plan.Activity a) {
            return new ActivityJson(a.getId(), a.getVersion(), a.getFocusArea().getName(), a.getTitle(),
                    a.getStatus().name(), a.getProgressPercent());
        }
    }

    /** An error: a stable code and a message for people. */
    public record ErrorJson(String error, String message) {
    }
}
