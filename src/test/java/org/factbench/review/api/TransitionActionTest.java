package org.factbench.review.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Objects;
import org.factbench.review.ReviewAction;
import org.junit.jupiter.api.Test;

class TransitionActionTest {

  @Test
  void every_review_action_of_the_workflow_can_be_taken_over_http_under_its_own_name() {
    assertThat(
            Arrays.stream(TransitionAction.values())
                .map(TransitionAction::reviewAction)
                .filter(Objects::nonNull))
        .containsExactlyInAnyOrder(ReviewAction.values());
    for (TransitionAction a : TransitionAction.values()) {
      if (a.reviewAction() != null) {
        assertThat(a.name()).isEqualTo(a.reviewAction().name());
      }
    }
  }
}
