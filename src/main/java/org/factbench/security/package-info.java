/** Users, roles, sign-in with throttling, the password policy and the admin's user management. */
@org.springframework.modulith.ApplicationModule(
    displayName = "Security",
    allowedDependencies = {"base", "base :: ui"})
package org.factbench.security;
