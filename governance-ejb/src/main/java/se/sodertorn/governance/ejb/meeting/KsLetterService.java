package se.sodertorn.governance.ejb.meeting;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Letters to the member municipalities' executive boards (KS) asking them to adopt a decision that needs it: one
 * Word document per municipality, or all of them in one ZIP. Recording a board's adoption
 * ({@link DecisionService#recordAdoption}) closes that municipality's line in the decision's chain.
 */
public interface KsLetterService {

    /** The letter's file name, e.g. {@code ks-brev-Botkyrka-SSK-2023-01-12.docx}. */
    String fileName(long decisionId, long municipalityId);

    /**
     * Writes the letter to the municipality's board. Refused (422) for a decision that needs no KS adoption; with
     * {@code withContribution}, also when the decision's year has no budget with contributions.
     *
     * @param withContribution whether the decision concerns money, so that the letter gives the municipality's
     *                         contribution from the budget of the decision's year
     */
    void write(long decisionId, long municipalityId, boolean withContribution, OutputStream out) throws IOException;

    /** The name of the ZIP of all the letters, e.g. {@code ks-brev-SSK-2023-01-12.zip}. */
    String zipName(long decisionId);

    /** Writes one letter per member municipality, by name, into one ZIP. */
    void writeAll(long decisionId, boolean withContribution, OutputStream out) throws IOException;
}
