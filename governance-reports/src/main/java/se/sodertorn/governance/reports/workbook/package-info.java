/**
 * Building blocks shared by the module's workbooks: the cell styles ({@link
 * se.sodertorn.governance.reports.workbook.WorkbookStyles}), text cells guarded against formula injection ({@link
 * se.sodertorn.governance.reports.workbook.SafeText}), the print layout, fixed column widths and frozen heading
 * rows, and the Swedish texts ({@link se.sodertorn.governance.reports.workbook.ReportTexts}). They are public only
 * so that the module's report packages can share them; callers of the module use the writers and their records.
 */
package se.sodertorn.governance.reports.workbook;
