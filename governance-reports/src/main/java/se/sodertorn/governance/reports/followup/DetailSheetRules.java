package se.sodertorn.governance.reports.followup;

import java.util.Arrays;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFColor;

import se.sodertorn.governance.reports.workbook.ReportTexts;

/**
 * The rules a focus-area sheet carries once its rows are written: status colours as conditional formatting,
 * and input validation (a status list, a whole number 0–100 for progress) on the cells people edit.
 */
final class DetailSheetRules {

    private DetailSheetRules() {
    }

    /** Colours every status cell in the ranges by its value, with one conditional formatting rule per status. */
    static void colourStatuses(Sheet sheet, CellRangeAddress... ranges) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        for (ActivityStatus status : ActivityStatus.values()) {
            StatusPalette.Colours colours = StatusPalette.of(status);
            if (colours.fill() == null) {
                continue;
            }
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    '"' + status.label() + '"');
            PatternFormatting fill = rule.createPatternFormatting();
            fill.setFillBackgroundColor(new XSSFColor(colours.fill()));
            fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
            rule.createFontFormatting().setFontColor(new XSSFColor(colours.font()));
            formatting.addConditionalFormatting(ranges, rule);
        }
    }

    /** Lets the status cells take only a status label, and the progress cells only a whole number 0–100. */
    static void validateInput(Sheet sheet, CellRangeAddress statusRange, CellRangeAddress progressRange) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String[] labels = Arrays.stream(ActivityStatus.values()).map(ActivityStatus::label).toArray(String[]::new);
        add(sheet, helper.createExplicitListConstraint(labels), statusRange, DetailColumn.STATUS,
                "validation.status");
        add(sheet, helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                progressRange, DetailColumn.PROGRESS, "validation.progress");
    }

    private static void add(Sheet sheet, DataValidationConstraint constraint, CellRangeAddress range,
                            DetailColumn column, String messageKey) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(),
                        range.getLastColumn()));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(column.heading(null), ReportTexts.get(messageKey));
        sheet.addValidationData(validation);
    }
}
