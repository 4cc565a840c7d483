/**
 * Shared ground of every feature: installation settings, errors and their HTTP answers, the
 * embedded database for the run command, and (as named interfaces) the API paging, live updates and
 * the views' shared parts. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Base",
    allowedDependencies = {})
package org.factbench.base;
