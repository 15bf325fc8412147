package org.closer.insights;

import java.time.LocalDate;

/**
 * Everything the statistics know about the pool of consenting first attempts, counted together from
 * the answers given before one day and published together.
 *
 * @param distribution how the totals are spread, total by total
 * @param reliability the spread and consistency a change is read against
 * @param publishedOn the day the figures were published: they count the answers given before it, or
 * every answer so far when they are counted on every request
 * @param minPool the fewest first attempts before any figure is shown, so that no one can be singled out
 */
record PoolFigures(Distribution distribution, Reliability reliability, LocalDate publishedOn, int minPool) {

	/** Whether the pool is large enough for any figure to be shown. */
	boolean enough() {
		return this.distribution.pool() >= this.minPool;
	}

	/** Whether a change can be read against the pool: enough of it, with some spread, and an alpha below one. */
	boolean readable() {
		return enough() && this.reliability.readable();
	}

}
