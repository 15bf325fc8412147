/**
 * The articles: Markdown under {@code content/} read once at start-up and served as cacheable pages.
 * It knows nothing of the questionnaire or what follows from it.
 */
@ApplicationModule(allowedDependencies = "web :: cacheable-pages")
package org.closer.learn;

import org.springframework.modulith.ApplicationModule;
