package se.sodertorn.governance.ejb.meeting;

/**
 * One year of a body's chair rotation: whose turn it is to chair and vice-chair, and who actually held the seats
 * (from the memberships), if anyone is recorded.
 */
public record ChairTurn(int year, String chairMunicipality, String viceChairMunicipality, String actualChair,
        String actualViceChair) {

    /** Whether the recorded chair comes from the municipality whose turn it was. */
    public boolean isFollowed() {
        return actualChair == null || actualChair.endsWith("(" + chairMunicipality + ")");
    }
}
