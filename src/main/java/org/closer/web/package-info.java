/**
 * What every page shares and no feature owns: security, headers, the submission allowance, bodies read
 * whole before a handler sees them, the page cache, error pages and asset addresses. It knows no feature.
 */
@ApplicationModule(allowedDependencies = {})
package org.closer.web;

import org.springframework.modulith.ApplicationModule;
