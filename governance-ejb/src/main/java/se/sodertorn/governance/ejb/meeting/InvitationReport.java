package se.sodertorn.governance.ejb.meeting;

import java.util.List;

/** Who got an invitation, and which members could not be invited for want of an e-mail address. */
public record InvitationReport(List<String> invited, List<String> withoutEmail) {
}
