/**
 * What every feature's views share: the main layout, the current workspace, live updates in a view,
 * messages for users, route parameters and the error views.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.factbench.base.ui;
