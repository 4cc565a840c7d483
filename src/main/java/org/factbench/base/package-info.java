/**
 * Shared ground of every feature: the main layout, the embedded database for the run command, and
 * errors.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.factbench.base;
