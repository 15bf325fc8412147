/**
 * The Fear-of-Intimacy Scale: the instrument, scoring, private keys, stored histories and the pool of
 * consenting first attempts, offered to the other modules from this package; its {@code web} package
 * owns the questionnaire and the result page, whose sections other modules add through its named
 * interfaces {@code result-page} and {@code questionnaire-form}.
 */
@ApplicationModule(allowedDependencies = { "web", "web :: cacheable-pages" })
package org.closer.fis;

import org.springframework.modulith.ApplicationModule;
