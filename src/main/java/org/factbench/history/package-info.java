/** The append-only record of every change, written from the other features' events. */
package org.factbench.history;
