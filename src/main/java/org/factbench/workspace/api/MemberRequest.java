package org.factbench.workspace.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.factbench.security.Role;

/** The role a member holds in a workspace. */
record MemberRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Role role) {}
