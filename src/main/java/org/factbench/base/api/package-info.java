/** What every feature's HTTP API shares: pages of results and the OpenAPI description. */
@org.springframework.modulith.NamedInterface("api")
package org.factbench.base.api;
