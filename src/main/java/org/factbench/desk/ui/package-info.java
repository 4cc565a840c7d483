/** The dashboard's part of the workspace overview. */
package org.factbench.desk.ui;
