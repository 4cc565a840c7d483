/** {@code /api/v1/workspaces/{id}/dashboard}: the dashboard's figures over HTTP. */
package org.factbench.desk.api;
