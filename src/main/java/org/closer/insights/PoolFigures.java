package org.closer.insights;

/**
 * Everything the statistics know about the pool of consenting first attempts, counted together and
 * kept together.
 *
 * @param distribution how the totals are spread, total by total
 * @param reliability the spread and consistency a change is read against
 */
record PoolFigures(Distribution distribution, Reliability reliability) {
}
