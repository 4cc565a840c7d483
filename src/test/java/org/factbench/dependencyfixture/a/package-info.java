/** Declares that it depends on no module, and then uses b. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.factbench.dependencyfixture.a;
