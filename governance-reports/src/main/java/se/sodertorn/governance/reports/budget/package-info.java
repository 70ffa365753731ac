/**
 * Budget sheets: {@link se.sodertorn.governance.reports.budget.BudgetSheets} adds the sheets "Budget" and
 * "Medlemsavgifter" to a workbook, {@link se.sodertorn.governance.reports.budget.BudgetWorkbookWriter} writes a
 * workbook of just those. Callers map their budget to the plain records of this package
 * ({@link se.sodertorn.governance.reports.budget.BudgetReport} and its rows).
 */
package se.sodertorn.governance.reports.budget;
