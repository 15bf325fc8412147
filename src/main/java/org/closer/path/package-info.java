/**
 * The path: six self-guided sessions between a first result and a second, on the same private link.
 * It keeps, per link, which sessions are done and on which day, an optional check-in, and the attempt
 * it started from; it adds a section to the result page and never reads or shows another link's path.
 */
@ApplicationModule(allowedDependencies = { "fis", "fis :: result-page", "learn", "web" })
package org.closer.path;

import org.springframework.modulith.ApplicationModule;
