/** HTTP endpoints for the snapshots of a claim's sources. */
package org.factbench.evidence.api;
