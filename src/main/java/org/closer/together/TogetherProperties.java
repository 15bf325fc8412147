package org.closer.together;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an invitation to compare stays open.
 *
 * @param invitationDays the days an invitation works before it expires unanswered or undecided
 */
@ConfigurationProperties("closer.together")
public record TogetherProperties(@DefaultValue("14") int invitationDays) {

	public TogetherProperties {
		if (invitationDays < 1 || invitationDays > 90) {
			throw new IllegalArgumentException("closer.together.invitation-days must be between 1 and 90");
		}
	}

}
