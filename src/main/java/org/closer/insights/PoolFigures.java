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
 */
record PoolFigures(Distribution distribution, Reliability reliability, LocalDate publishedOn) {
}
