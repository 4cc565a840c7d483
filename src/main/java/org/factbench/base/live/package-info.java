/**
 * Live updates across users and application nodes: committed changes are announced through
 * PostgreSQL's LISTEN/NOTIFY and handed to the views that show them.
 */
@org.springframework.modulith.NamedInterface("live")
package org.factbench.base.live;
