/**
 * The HTTP plumbing under the API that no controller sees: control characters refused in parameters
 * and JSON strings, the size limit of request bodies, and problem details for what the servlet
 * container and the security firewall answer themselves (bad requests, oversized request lines,
 * unknown methods). Internal to {@code base}.
 */
package org.factbench.base.web;
