package org.factbench.demo;

import org.factbench.base.InstallationSettings;
import org.factbench.security.DemoUsers;
import org.factbench.security.Role;
import org.factbench.security.SystemTasks;
import org.factbench.workspace.WorkspaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the first start of a demo installation ({@code factbench.demo.enabled}), creates the demo
 * users and the demo workspace. Later starts find the mark it leaves and change nothing.
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

  static final String WORKSPACE = "Defence and war briefing (demo)";
  private static final String MARK = "demo.seeded";

  /** The installation setting that holds the demo workspace's id. */
  static final String DEMO_WORKSPACE_ID = "demo.workspace-id";

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final boolean enabled;
  private final String adminName;
  private final DemoUsers demoUsers;
  private final SystemTasks system;
  private final WorkspaceService workspaces;
  private final InstallationSettings settings;
  private final TransactionTemplate tx;
  private final DemoBriefing sample;

  DemoData(
      @Value("${factbench.demo.enabled:false}") boolean enabled,
      @Value("${factbench.admin.username:admin}") String adminName,
      DemoUsers demoUsers,
      SystemTasks system,
      WorkspaceService workspaces,
      InstallationSettings settings,
      TransactionTemplate tx,
      DemoBriefing sample) {
    this.sample = sample;
    this.enabled = enabled;
    this.adminName = adminName;
    this.demoUsers = demoUsers;
    this.system = system;
    this.workspaces = workspaces;
    this.settings = settings;
    this.tx = tx;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!enabled || settings.get(MARK).isPresent()) {
      return;
    }
    tx.executeWithoutResult(
        status -> {
          demoUsers.ensure("editor", "Erin Editor");
          demoUsers.ensure("reviewer", "Rafael Reviewer");
          demoUsers.ensure("reviewer2", "Rosa Second-Reviewer");
          demoUsers.ensure("viewer", "Vic Viewer");
          long workspaceId =
              system.runAs(
                  adminName,
                  () -> {
                    var ws =
                        workspaces.create(
                            WORKSPACE,
                            "A sample briefing on casualty figures and defence budgets, with claims to check.",
                            "Factbench Demo Desk");
                    workspaces.setMember(ws.id(), "editor", Role.EDITOR);
                    workspaces.setMember(ws.id(), "reviewer", Role.REVIEWER);
                    workspaces.setMember(ws.id(), "reviewer2", Role.REVIEWER);
                    workspaces.setMember(ws.id(), "viewer", Role.VIEWER);
                    return ws.id();
                  });
          // known by id to the modules that treat the demo apart (evidence never fetches its
          // sources)
          settings.put(DEMO_WORKSPACE_ID, Long.toString(workspaceId));
          system.runAs("editor", () -> sample.seed(workspaceId));
          settings.put(MARK, "true");
        });
    log.info("Seeded the demo workspace and users (password for all: {}).", DemoUsers.PASSWORD);
  }
}
