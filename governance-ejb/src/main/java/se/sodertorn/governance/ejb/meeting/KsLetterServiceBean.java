package se.sodertorn.governance.ejb.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.io.output.CloseShieldOutputStream;
import se.sodertorn.governance.domain.meeting.Decision;
import se.sodertorn.governance.domain.meeting.DecisionAdoption;
import se.sodertorn.governance.domain.security.Roles;
import se.sodertorn.governance.domain.shared.GovernanceException;
import se.sodertorn.governance.domain.shared.NotFoundException;
import se.sodertorn.governance.ejb.budget.BudgetOverview.Contribution;
import se.sodertorn.governance.ejb.budget.BudgetService;
import se.sodertorn.governance.reports.minutes.KsLetter;
import se.sodertorn.governance.reports.minutes.KsLetterWriter;

/** Default {@link KsLetterService}: the secretariat's outgoing letters. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.SECRETARIAT})
public class KsLetterServiceBean implements KsLetterService {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @Inject
    private DecisionService decisions;
    @EJB
    private BudgetService budgets;
    @Inject
    private MeetingCaller caller;
    @Inject
    private Clock clock;

    @Override
    public String fileName(long decisionId, long municipalityId) {
        DecisionChain chain = chainNeedingAdoption(decisionId);
        return MeetingTexts.format("file.letter", adoption(chain, municipalityId).getMunicipality().getName(),
                chain.decision().getBody().getShortName(), chain.decision().getMeeting().getDay().toString());
    }

    @Override
    public void write(long decisionId, long municipalityId, boolean withContribution, OutputStream out)
            throws IOException {
        DecisionChain chain = chainNeedingAdoption(decisionId);
        DecisionAdoption adoption = adoption(chain, municipalityId);
        new KsLetterWriter().write(letter(chain, adoption, contributions(chain, withContribution)), out);
    }

    @Override
    public String zipName(long decisionId) {
        Decision decision = chainNeedingAdoption(decisionId).decision();
        return MeetingTexts.format("file.letters", decision.getBody().getShortName(),
                decision.getMeeting().getDay().toString());
    }

    @Override
    public void writeAll(long decisionId, boolean withContribution, OutputStream out) throws IOException {
        DecisionChain chain = chainNeedingAdoption(decisionId);
        Map<String, Contribution> contributions = contributions(chain, withContribution);
        Decision decision = chain.decision();
        ZipOutputStream zip = new ZipOutputStream(out);
        for (DecisionAdoption adoption : chain.adoptions()) {
            zip.putNextEntry(new ZipEntry(MeetingTexts.format("file.letter", adoption.getMunicipality().getName(),
                    decision.getBody().getShortName(), decision.getMeeting().getDay().toString())));
            new KsLetterWriter().write(letter(chain, adoption, contributions), CloseShieldOutputStream.wrap(zip));
            zip.closeEntry();
        }
        zip.finish();
    }

    private DecisionChain chainNeedingAdoption(long decisionId) {
        DecisionChain chain = decisions.chain(decisionId);
        if (!chain.decision().isNeedsAdoption()) {
            throw new GovernanceException("letter.noAdoption");
        }
        return chain;
    }

    private static DecisionAdoption adoption(DecisionChain chain, long municipalityId) {
        return chain.adoptions().stream().filter(a -> a.getMunicipality().getId() == municipalityId).findFirst()
                .orElseThrow(() -> new NotFoundException("municipality", municipalityId));
    }

    /** The municipalities' contributions by code from the budget of the decision's year, or none if not asked. */
    private Map<String, Contribution> contributions(DecisionChain chain, boolean wanted) {
        if (!wanted) {
            return Map.of();
        }
        int year = chain.decision().getMeeting().getDay().getYear();
        List<Contribution> split = budgets.overview(year).contributions();
        if (split.isEmpty()) {
            throw new GovernanceException("letter.noContribution", year);
        }
        return split.stream().collect(Collectors.toMap(Contribution::code, Function.identity()));
    }

    private KsLetter letter(DecisionChain chain, DecisionAdoption adoption, Map<String, Contribution> contributions) {
        Decision decision = chain.decision();
        String municipality = adoption.getMunicipality().getName();
        Contribution contribution = contributions.get(adoption.getMunicipality().getCode());
        String money = contribution == null ? null : MeetingTexts.format("letter.contribution", municipality,
                String.valueOf(decision.getMeeting().getDay().getYear()),
                NumberFormat.getIntegerInstance(SWEDISH).format(contribution.kronor()),
                NumberFormat.getNumberInstance(SWEDISH).format(contribution.sharePercent()));
        return new KsLetter(municipality, LocalDate.now(clock), decision.getItem().getTitle(),
                decision.getBody().getFullName(), decision.getBody().getShortName(), decision.getMeeting().getDay(),
                decision.getItem().getNumber(), decision.getText(), steps(chain, adoption), money,
                caller.displayName());
    }

    /** The decision's chain as the letter tells it: the recommendation, the decision, the boards' adoptions. */
    private static List<String> steps(DecisionChain chain, DecisionAdoption adoption) {
        List<String> steps = new ArrayList<>();
        Decision recommendation = chain.recommendation();
        if (recommendation != null) {
            steps.add(MeetingTexts.format("letter.recommended", recommendation.getBody().getFullName(),
                    recommendation.getMeeting().getDay().toString()));
        }
        Decision decision = chain.decision();
        steps.add(MeetingTexts.format("letter.decided", decision.getBody().getFullName(),
                decision.getMeeting().getDay().toString()));
        steps.add(MeetingTexts.format("letter.adoptions", String.valueOf(chain.municipalityCount()),
                String.valueOf(chain.adoptedCount())));
        if (adoption.isAdopted()) {
            steps.add(MeetingTexts.format("letter.adoptedHere", adoption.getMunicipality().getName(),
                    adoption.getAdoptedOn().toString()));
        }
        return steps;
    }
}
