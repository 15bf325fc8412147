/**
 * The statistics of the pool, published once a day and rounded, and the result page's section that
 * places a total in them and reads a change against them.
 */
@ApplicationModule(allowedDependencies = { "fis", "fis :: result-page" })
package org.closer.insights;

import org.springframework.modulith.ApplicationModule;
