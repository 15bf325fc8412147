package org.closer.together;

import org.closer.fis.ResultKey;

/**
 * What the result page's section on comparing draws.
 *
 * @param standing where comparing stands
 * @param key the private key, for the steps' addresses
 */
public record ShownStanding(Standing standing, ResultKey key) {
}
