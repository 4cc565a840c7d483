package org.factbench.security;

/** What an admin enters to create a user. */
public record NewUser(String username, String displayName, String password, boolean admin) {}
