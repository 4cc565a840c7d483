/** What every feature's HTTP API shares: pages of results and the OpenAPI description. */
package org.factbench.base.api;
