/** Operations tests that run the packaged application as separate processes (several nodes). */
package org.factbench.ops;
