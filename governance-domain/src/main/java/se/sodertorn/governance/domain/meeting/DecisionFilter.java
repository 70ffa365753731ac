package se.sodertorn.governance.domain.meeting;

/** What the decision register is searched by; every part may be left out. */
public record DecisionFilter(Long bodyId, Integer year, String text) {
}
