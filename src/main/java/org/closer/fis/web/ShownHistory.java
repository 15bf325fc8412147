package org.closer.fis.web;

import org.closer.fis.ResultKey;

/**
 * What the result page's section on the attempts under its link draws.
 *
 * @param history the attempts shown
 * @param key the private key, for the link to take the scale again
 * @param meaning what the latest change means, or null when nothing can be said
 */
public record ShownHistory(History history, ResultKey key, ChangeReader.ChangeMeaning meaning) {
}
