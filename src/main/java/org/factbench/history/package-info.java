/** The append-only record of every change, written from the other features' events. */
@org.springframework.modulith.ApplicationModule(
    displayName = "History",
    allowedDependencies = {"base", "security"})
package org.factbench.history;
