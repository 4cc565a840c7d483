/**
 * Failure drills run against real processes: a database outage, a killed node, backup and restore.
 */
package org.factbench.drill;
