package org.closer.insights;

/**
 * What a change between two attempts means, read by Jacobson and Truax's reliable change index: the
 * change over the standard error of a difference, SD × √(2 × (1 − alpha)), reliable beyond ±1.96.
 */
public enum ChangeReading {

	/** Lower by more than the scale's own noise. */
	RELIABLY_LOWER("reliably-lower"),

	/** Higher by more than the scale's own noise. */
	RELIABLY_HIGHER("reliably-higher"),

	/** Within what the scale gives from one time to the next anyway. */
	WITHIN_NOISE("within-noise"),

	/** Too few shared first attempts yet to know the scale's noise. */
	NOT_YET_KNOWN("not-yet-known");

	/** The index beyond which a change is reliable: 95 % of noise alone stays within it. */
	static final double CRITICAL = 1.96;

	private final String id;

	ChangeReading(String id) {
		this.id = id;
	}

	/** The reading's name in pages and messages. */
	public String id() {
		return this.id;
	}

	/** The reliable change index of a change, or NaN when the figures cannot read one. */
	static double index(int change, PoolFigures figures) {
		if (!figures.readable()) {
			return Double.NaN;
		}
		Reliability reliability = figures.reliability();
		return change / (reliability.standardDeviation() * Math.sqrt(2 * (1 - reliability.alpha())));
	}

	/** The reading of a change against the figures of the pool. */
	static ChangeReading of(int change, PoolFigures figures) {
		double index = index(change, figures);
		if (Double.isNaN(index)) {
			return NOT_YET_KNOWN;
		}
		if (index <= -CRITICAL) {
			return RELIABLY_LOWER;
		}
		return (index >= CRITICAL) ? RELIABLY_HIGHER : WITHIN_NOISE;
	}

}
