/**
 * Comparing with a partner: invitations, replies, the comparison both agreed to, and the result page's
 * section that shows where it stands.
 */
@ApplicationModule(allowedDependencies = { "fis", "fis :: result-page", "fis :: questionnaire-form", "learn", "web" })
package org.closer.together;

import org.springframework.modulith.ApplicationModule;
