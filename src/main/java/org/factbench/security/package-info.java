/** Users, roles, sign-in with throttling, the password policy and the admin's user management. */
package org.factbench.security;
