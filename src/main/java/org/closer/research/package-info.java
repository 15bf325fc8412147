/**
 * The research export behind a researcher's login: the consenting answers as CSV and their codebook.
 */
@ApplicationModule(allowedDependencies = { "fis", "web" })
package org.closer.research;

import org.springframework.modulith.ApplicationModule;
