package se.sodertorn.governance.web.view;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.BodyKind;
import se.sodertorn.governance.domain.organisation.MembershipRole;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.domain.organisation.Person;
import se.sodertorn.governance.domain.security.Role;
import se.sodertorn.governance.domain.shared.PageRequest;
import se.sodertorn.governance.ejb.organisation.BodyService;
import se.sodertorn.governance.ejb.organisation.MunicipalityService;
import se.sodertorn.governance.ejb.organisation.PersonService;

/** The choices forms offer: municipalities, kinds of body, roles, and persons matching typed text. */
@Named
@RequestScoped
public class RegisterChoices {

    @EJB
    private MunicipalityService municipalities;

    @EJB
    private PersonService persons;

    @EJB
    private BodyService bodies;

    private List<Municipality> municipalityList;
    private List<Body> bodyList;

    public List<Municipality> getMunicipalities() {
        if (municipalityList == null) {
            municipalityList = municipalities.list();
        }
        return municipalityList;
    }

    /** The bodies, for naming one responsible; a cooperation has tens of them. */
    public List<Body> getBodies() {
        if (bodyList == null) {
            bodyList = bodies.page(PageRequest.of(0, PageRequest.MAX_SIZE)).rows();
        }
        return bodyList;
    }

    public BodyKind[] getBodyKinds() {
        return BodyKind.values();
    }

    public MembershipRole[] getMembershipRoles() {
        return MembershipRole.values();
    }

    public Role[] getUserRoles() {
        return Role.values();
    }

    public List<Person> suggestPersons(String text) {
        return persons.suggest(text);
    }
}
