package org.closer.together;

/**
 * Where comparing stands for one result, as its page shows it: the status, and whether the result is
 * the one that invited.
 *
 * @param status what the page says and offers
 * @param inviter whether the result made the invitation (rather than answering one)
 */
public record Standing(PartnerStatus status, boolean inviter) {

	static final Standing NONE = new Standing(PartnerStatus.NONE, false);

}
