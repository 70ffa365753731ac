package se.sodertorn.governance.reports.minutes;

/**
 * The status line under the title: "Utkast – ej justerat", "Skickat till justerare – ej justerat", or once
 * approved "Justerat 2022-12-09 av Camilla Broo" (leaving out the date or the adjuster when unknown).
 */
final class StatusLine {

    private StatusLine() {
    }

    static String of(MinutesReport report) {
        if (!report.state().approved()) {
            return MinutesTexts.get("status." + report.state().name());
        }
        String date = report.approvedOn() == null ? "" : report.approvedOn().toString();
        String adjuster = CleanText.line(report.adjuster());
        return MinutesTexts.format(approvedKey(!date.isEmpty(), !adjuster.isEmpty()), date, adjuster);
    }

    private static String approvedKey(boolean withDate, boolean withAdjuster) {
        if (withDate) {
            return withAdjuster ? "status.approved.dateAndAdjuster" : "status.approved.date";
        }
        return withAdjuster ? "status.approved.adjuster" : "status.approved";
    }
}
