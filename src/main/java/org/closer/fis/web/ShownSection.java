package org.closer.fis.web;

/**
 * One section of a result page as it is drawn: the template of its fragment and what the fragment draws.
 *
 * @param template the template holding the fragment {@code section}
 * @param model what the fragment draws
 */
public record ShownSection(String template, Object model) {
}
