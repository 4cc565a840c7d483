/** A load test that drives the Vaadin UI's own protocol (UIDL over HTTP) the way browsers do. */
package org.factbench.load;
