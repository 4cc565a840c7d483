/** Depends on nothing. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.factbench.dependencyfixture.b;
