package org.closer.fis;

/**
 * How many stored responses share one total: one row of the score distribution.
 *
 * @param total a total from 35 to 175
 * @param responses how many responses have it
 */
public record TotalCount(int total, long responses) {
}
