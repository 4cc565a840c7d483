package org.factbench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.Map;
import org.factbench.testsupport.Fixtures;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Which role opens which view, from one table. A user who may not open a view gets the router's
 * "not found"; a workspace they are not in shows Factbench's "not found"; anonymous users are sent
 * to sign in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewAccessMatrixTest extends SpringBrowserlessTest {

  enum Outcome {
    OPENS,
    DENIED,
    NOT_FOUND,
    SIGN_IN
  }

  private static final String[] USERS = {"admin", "editor", "reviewer", "viewer", "anonymous"};

  /**
   * view (route) and the view class it shows -> outcome per user, in the order of {@link #USERS}.
   */
  private static final Map<String, Outcome[]> MATRIX = new LinkedHashMap<>();

  static {
    row(
        "WorkspacesView",
        "",
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.SIGN_IN);
    row(
        "UsersView",
        "admin/users",
        Outcome.OPENS,
        Outcome.DENIED,
        Outcome.DENIED,
        Outcome.DENIED,
        Outcome.SIGN_IN);
    row(
        "WorkspaceView",
        "workspaces/{demo}",
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.SIGN_IN);
    row(
        "WorkspaceView",
        "workspaces/{other}",
        Outcome.OPENS,
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND,
        Outcome.SIGN_IN);
    row(
        "ReviewQueueView",
        "workspaces/{demo}/review",
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.SIGN_IN);
    row(
        "ReviewQueueView",
        "workspaces/{other}/review",
        Outcome.OPENS,
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND,
        Outcome.SIGN_IN);
    row(
        "MyWorkView",
        "workspaces/{demo}/my-work",
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.SIGN_IN);
    row(
        "MyWorkView",
        "workspaces/{other}/my-work",
        Outcome.OPENS,
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND,
        Outcome.SIGN_IN);
    row(
        "ClaimsView",
        "workspaces/{demo}/claims",
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.SIGN_IN);
    row(
        "ClaimsView",
        "workspaces/{other}/claims",
        Outcome.OPENS,
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND,
        Outcome.NOT_FOUND,
        Outcome.SIGN_IN);
    row(
        "AccountView",
        "account",
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.SIGN_IN);
    row(
        "NotFoundView",
        "workspaces/not-a-number",
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.OPENS,
        Outcome.SIGN_IN);
  }

  private static void row(String view, String route, Outcome... outcomes) {
    MATRIX.put(view + " " + route, outcomes);
  }

  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;
  private long demo;
  private long other;

  @BeforeAll
  void workspaces() {
    // before the simulated browser starts: its session carries the signed-in user of each test
    demo =
        jdbc.sql("select id from workspace where name like 'Defence%(demo)'")
            .query(Long.class)
            .single();
    other = fixtures.workspace("nobodys").id();
  }

  @Test
  @WithUserDetails("admin")
  void admin_opens_every_view() {
    check(0);
  }

  @Test
  @WithUserDetails("editor")
  void editor_opens_workspace_views_but_not_user_admin() {
    check(1);
  }

  @Test
  @WithUserDetails("reviewer")
  void reviewer_opens_workspace_views_but_not_user_admin() {
    check(2);
  }

  @Test
  @WithUserDetails("viewer")
  void viewer_opens_workspace_views_but_not_user_admin() {
    check(3);
  }

  @Test
  @WithAnonymousUser
  void anonymous_user_is_sent_to_sign_in_everywhere() {
    check(4);
  }

  private void check(int user) {
    MATRIX.forEach(
        (key, outcomes) -> {
          String view = key.substring(0, key.indexOf(' '));
          String route =
              key.substring(key.indexOf(' ') + 1)
                  .replace("{demo}", "" + demo)
                  .replace("{other}", "" + other);
          navigate(route, Component.class);
          String shown = getCurrentView().getClass().getSimpleName();
          String expected =
              switch (outcomes[user]) {
                case OPENS -> view;
                case DENIED -> "RouteNotFoundError";
                case NOT_FOUND -> "NotFoundView";
                case SIGN_IN -> "LoginView";
              };
          assertThat(shown).as(USERS[user] + " at /" + route).isEqualTo(expected);
        });
  }
}
