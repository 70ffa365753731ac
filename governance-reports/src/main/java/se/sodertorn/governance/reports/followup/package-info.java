/**
 * The activity-plan follow-up workbook: {@link se.sodertorn.governance.reports.followup.FollowUpWorkbookWriter}
 * streams a plan's activities into an Excel workbook (a summary sheet with a chart, optionally the
 * budget sheets of {@link se.sodertorn.governance.reports.budget.BudgetSheets}, one sheet per focus area),
 * and {@link se.sodertorn.governance.reports.followup.FollowUpWorkbookReader} reads back the status, progress and
 * comment a responsible person edited in it. The module knows no JPA and no domain classes: callers map their
 * entities to the small records of this package.
 */
package se.sodertorn.governance.reports.followup;
