/** The sign-in page and the admin's views of users. */
package org.factbench.security.ui;
