/**
 * Meetings: the year's meeting plan and its clashes, the meeting record (agenda, attendance, decisions, action
 * items), the minutes' workflow that fixes the record once the adjuster approves, and the chair rotation.
 */
package se.sodertorn.governance.domain.meeting;
