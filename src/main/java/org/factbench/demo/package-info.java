/**
 * Seeds the demo workspace, users and sample briefing on the first start of a demo installation.
 */
package org.factbench.demo;
