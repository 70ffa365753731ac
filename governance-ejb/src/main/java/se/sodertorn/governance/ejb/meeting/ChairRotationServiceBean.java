package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import se.sodertorn.governance.domain.meeting.ChairRotation;
import se.sodertorn.governance.domain.meeting.ChairRotationRepository;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyRepository;
import se.sodertorn.governance.domain.organisation.Membership;
import se.sodertorn.governance.domain.organisation.MembershipRepository;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.organisation.MunicipalityRepository;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;

/** Default {@link ChairRotationService}. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT, Roles.DIRECTOR, Roles.MEMBER})
public class ChairRotationServiceBean implements ChairRotationService {

    private static final int MAX_YEARS = 20;

    @Inject
    private ChairRotationRepository rotations;
    @Inject
    private BodyRepository bodies;
    @Inject
    private MunicipalityRepository municipalities;
    @Inject
    private MembershipRepository memberships;

    @Override
    public Optional<ChairRotation> rotation(long bodyId) {
        return rotations.ofBody(bodyId);
    }

    @Override
    @RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
    public ChairRotation save(long bodyId, int firstYear, List<String> municipalityCodes) {
        Body body = bodies.find(bodyId).orElseThrow(() -> new NotFoundException("body", bodyId));
        for (String code : municipalityCodes) {
            if (municipalities.findByCode(code).isEmpty()) {
                throw new GovernanceException("chairRotation.unknownMunicipality", code);
            }
        }
        ChairRotation rotation = rotations.ofBody(bodyId).orElse(null);
        if (rotation == null) {
            return rotations.save(new ChairRotation(body, firstYear, municipalityCodes));
        }
        rotation.reorder(firstYear, municipalityCodes);
        return rotations.save(rotation);
    }

    @Override
    public List<ChairTurn> turns(long bodyId, int fromYear, int years) {
        ChairRotation rotation = rotations.ofBody(bodyId).orElse(null);
        if (rotation == null) {
            return List.of();
        }
        Map<String, String> names = municipalities.listByName().stream()
                .collect(Collectors.toMap(Municipality::getCode, Municipality::getName, (a, b) -> a));
        return IntStream.range(fromYear, fromYear + Math.min(Math.max(years, 0), MAX_YEARS)).mapToObj(year -> {
            List<Membership> seated = memberships.activeOn(bodyId, LocalDate.of(year, 7, 1));
            return new ChairTurn(year, names.get(rotation.chairIn(year)), names.get(rotation.viceChairIn(year)),
                    holder(seated, MembershipRole.CHAIR), holder(seated, MembershipRole.VICE_CHAIR));
        }).toList();
    }

    private static String holder(List<Membership> seated, MembershipRole role) {
        return seated.stream().filter(m -> m.getRole() == role).findFirst().map(m -> m.getPerson().getFullName()
                + (m.getMunicipality() == null ? "" : " (" + m.getMunicipality().getName() + ")")).orElse(null);
    }
}
