package se.sodertorn.governance.reports.followup;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;

import se.sodertorn.governance.reports.workbook.ReportTexts;

/**
 * Turns focus-area names into sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, unique
 * regardless of case ("Skola", "Skola (2)", …).
 */
final class SheetNames {

    private static final int MAX_LENGTH = 31;

    /** Names taken so far, lower-cased; Excel reserves "History". */
    private final Set<String> taken = new HashSet<>(Set.of("history"));

    SheetNames() {
    }

    /** Takes the names of the sheets the workbook already has. */
    SheetNames(Workbook workbook) {
        workbook.forEach(sheet -> taken.add(sheet.getSheetName().toLowerCase(Locale.ROOT)));
    }

    String unique(String wanted) {
        String base = wanted == null ? "" : WorkbookUtil.createSafeSheetName(wanted.strip()).strip();
        if (base.isEmpty()) {
            base = ReportTexts.get("sheet.noFocusArea");
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).strip() + suffix;
        }
        return name;
    }
}
