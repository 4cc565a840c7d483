/** HTTP endpoints for claims, their sources and notes, the review workflow and the rating scale. */
package org.factbench.claim.api;
