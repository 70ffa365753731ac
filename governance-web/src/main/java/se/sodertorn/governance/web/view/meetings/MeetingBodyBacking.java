package se.sodertorn.governance.web.view.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.sodertorn.governance.domain.meeting.ChairRotation;
import se.sodertorn.governance.domain.organisation.Body;
import se.sodertorn.governance.domain.organisation.Municipality;
import se.sodertorn.governance.ejb.meeting.ChairRotationService;
import se.sodertorn.governance.ejb.meeting.ChairTurn;
import se.sodertorn.governance.ejb.meeting.MeetingService;
import se.sodertorn.governance.ejb.organisation.BodyService;
import se.sodertorn.governance.ejb.organisation.MunicipalityService;
import se.sodertorn.governance.web.view.Feedback;

/**
 * {@code /meetings/body.xhtml?id=…}: how a body meets — its agenda template and its chair rotation (the order of
 * the municipalities from a first year) with the turns of the coming years beside the actual chairs.
 */
@Named
@ViewScoped
public class MeetingBodyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int YEARS_SHOWN = 6;

    @EJB
    private BodyService bodies;

    @EJB
    private MeetingService meetings;

    @EJB
    private ChairRotationService rotations;

    @EJB
    private MunicipalityService municipalities;

    private Long id;
    private Body body;
    private String template;
    private Map<String, String> names;
    private List<String> order;
    private Integer firstYear;
    private boolean rotationSaved;
    private List<ChairTurn> turns;
    private String codeToAdd;

    /** Loads the body named by the view parameter, its template and its rotation. */
    public void load() {
        body = bodies.find(id);
        template = meetings.template(id).getItems();
        names = municipalities.list().stream().collect(Collectors.toMap(Municipality::getCode,
                Municipality::getName, (a, b) -> a, LinkedHashMap::new));
        loadRotation();
    }

    private void loadRotation() {
        ChairRotation rotation = rotations.rotation(id).orElse(null);
        rotationSaved = rotation != null;
        order = new ArrayList<>(rotationSaved ? rotation.getOrder() : List.copyOf(names.keySet()));
        firstYear = rotationSaved ? rotation.getFirstYear() : LocalDate.now().getYear();
        turns = rotations.turns(id, LocalDate.now().getYear() - 1, YEARS_SHOWN);
    }

    public void saveTemplate() {
        template = meetings.saveTemplate(id, template).getItems();
        Feedback.saved(body.getShortName());
    }

    public void moveUp(int index) {
        Collections.swap(order, index, index - 1);
    }

    public void moveDown(int index) {
        Collections.swap(order, index, index + 1);
    }

    public void remove(int index) {
        order.remove(index);
    }

    public void add() {
        if (codeToAdd != null && !order.contains(codeToAdd)) {
            order.add(codeToAdd);
        }
        codeToAdd = null;
    }

    public void saveRotation() {
        rotations.save(id, firstYear, order);
        loadRotation();
        Feedback.saved(body.getShortName());
    }

    /** A municipality's name by its code. */
    public String nameOf(String code) {
        return names.getOrDefault(code, code);
    }

    /** The codes of the municipalities not in the order, to add one. */
    public List<String> getMissing() {
        return names.keySet().stream().filter(code -> !order.contains(code)).toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Body getBody() {
        return body;
    }

    public String getTemplate() {
        return template;
    }

    public void setTemplate(String template) {
        this.template = template;
    }

    public List<String> getOrder() {
        return order;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public void setFirstYear(Integer firstYear) {
        this.firstYear = firstYear;
    }

    public boolean isRotationSaved() {
        return rotationSaved;
    }

    public List<ChairTurn> getTurns() {
        return turns;
    }

    public String getCodeToAdd() {
        return codeToAdd;
    }

    public void setCodeToAdd(String codeToAdd) {
        this.codeToAdd = codeToAdd;
    }
}
