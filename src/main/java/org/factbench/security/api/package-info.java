/** HTTP endpoints about the caller's own account. */
package org.factbench.security.api;
