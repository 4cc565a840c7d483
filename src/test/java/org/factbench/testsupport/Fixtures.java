package org.factbench.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import org.factbench.security.NewUser;
import org.factbench.security.Role;
import org.factbench.security.SystemTasks;
import org.factbench.security.UserAdminService;
import org.factbench.security.UserSummary;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;
import org.springframework.boot.test.context.TestComponent;

/**
 * Creates users and workspaces with names unique to this run, through the real services, as the
 * admin.
 */
@TestComponent
public class Fixtures {

  public static final String PASSWORD = "correct-horse-staple-42";
  private static final AtomicInteger counter = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36);

  private final SystemTasks system;
  private final UserAdminService users;
  private final WorkspaceService workspaces;

  public Fixtures(SystemTasks system, UserAdminService users, WorkspaceService workspaces) {
    this.system = system;
    this.users = users;
    this.workspaces = workspaces;
  }

  public static String unique(String prefix) {
    return prefix + "-" + RUN + "-" + counter.incrementAndGet();
  }

  public UserSummary user(String prefix) {
    String name = unique(prefix);
    return system.runAs(
        "admin", () -> users.create(new NewUser(name, "Test " + name, PASSWORD, false)));
  }

  public UserSummary admin(String prefix) {
    String name = unique(prefix);
    return system.runAs(
        "admin", () -> users.create(new NewUser(name, "Test " + name, PASSWORD, true)));
  }

  public WorkspaceSummary workspace(String prefix) {
    return system.runAs(
        "admin", () -> workspaces.create(unique(prefix), "A workspace for a test", "Test Desk"));
  }

  public void member(WorkspaceSummary ws, UserSummary user, Role role) {
    system.runAs("admin", () -> workspaces.setMember(ws.id(), user.username(), role));
  }

  /** Runs work as the given user, through the same checks as a signed-in person. */
  public <T> T as(UserSummary user, java.util.function.Supplier<T> work) {
    return system.runAs(user.username(), work);
  }

  public void as(UserSummary user, Runnable work) {
    system.runAs(user.username(), work);
  }

  @org.springframework.beans.factory.annotation.Autowired
  private org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /**
   * Waits until the background scoring of the document's sentences has ended (at most two minutes),
   * as a reader would, and returns its final state (DONE, or FAILED).
   */
  public String scored(long documentId) {
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
    while (true) {
      String state =
          jdbc.sql("select scoring_state from document where id = ?")
              .param(documentId)
              .query(String.class)
              .single();
      if (state.equals("DONE") || state.equals("FAILED")) {
        return state;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("document " + documentId + " is still " + state + " after 2 min");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
