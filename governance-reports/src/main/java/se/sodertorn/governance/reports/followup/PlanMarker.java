package se.sodertorn.governance.reports.followup;

import java.io.IOException;
import java.util.OptionalLong;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

import se.sodertorn.governance.reports.workbook.ReportTexts;

/**
 * Marks a workbook as the follow-up of one plan, in custom document properties (File → Properties → Custom in
 * Excel; kept by Excel and LibreOffice when a user saves): {@value #REPORT} = {@value #REPORT_NAME},
 * {@value #PLAN_ID} = the plan's id and {@value #GENERATED_AT} = when it was made (ISO 8601), all as text.
 */
final class PlanMarker {

    static final String REPORT = "GovernanceReport";
    static final String REPORT_NAME = "activity-plan-follow-up";
    static final String PLAN_ID = "GovernancePlanId";
    static final String GENERATED_AT = "GovernanceGeneratedAt";

    private PlanMarker() {
    }

    static void write(POIXMLProperties properties, FollowUpHeader header) {
        POIXMLProperties.CustomProperties custom = properties.getCustomProperties();
        custom.addProperty(REPORT, REPORT_NAME);
        custom.addProperty(PLAN_ID, Long.toString(header.planId()));
        custom.addProperty(GENERATED_AT,
                header.generatedAt().atZone(FollowUpHeader.ZONE).toOffsetDateTime().toString());
        properties.getCoreProperties().setTitle(ReportTexts.get("summary.title") + " – " + header.planName());
    }

    /** @return the plan id, or empty when the package is no follow-up workbook of ours */
    static OptionalLong read(OPCPackage pkg) throws IOException, OpenXML4JException, XmlException {
        POIXMLProperties.CustomProperties custom = new POIXMLProperties(pkg).getCustomProperties();
        if (!REPORT_NAME.equals(text(custom.getProperty(REPORT)))) {
            return OptionalLong.empty();
        }
        try {
            String planId = text(custom.getProperty(PLAN_ID));
            return planId == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(planId.strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static String text(CTProperty property) {
        return property != null && property.isSetLpwstr() ? property.getLpwstr() : null;
    }
}
