/** Factbench's root: the application class; features live in the packages below it. */
package org.factbench;
