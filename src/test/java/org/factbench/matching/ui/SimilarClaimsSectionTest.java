package org.factbench.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.panel.ClaimPanel;
import org.factbench.claim.panel.PanelTestSupport;
import org.factbench.security.Role;
import org.factbench.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The matching module's section of the claim panel, on its own: similar claims are looked up when
 * it is opened, with why they match, and an editor links one as the same claim.
 */
@IntegrationTest
class SimilarClaimsSectionTest extends SpringBrowserlessTest {

  @Autowired PanelTestSupport support;
  @Autowired SimilarClaimsSection section;
  @Autowired ClaimQueries queries;

  @Test
  @WithUserDetails("editor")
  void similar_claims_appear_when_the_section_opens_and_one_is_linked_as_the_same_claim() {
    ClaimDetail first =
        support.claim("Between 180,000 and 220,000 Russian soldiers were killed in action.");
    ClaimDetail second = support.claim("Russia's military dead number 180,000 to 220,000.");
    ClaimPanel panel = support.panel(section, Role.EDITOR, second.id());
    VerticalLayout list = find(VerticalLayout.class, panel).withId("claim-similar").single();
    assertThat(list.getComponentCount()).as("nothing is looked up before it opens").isZero();

    test(find(Details.class, panel).withId("claim-similar-details").single()).openDetails();

    assertThat(list.getElement().getTextRecursively())
        .contains("#" + first.id())
        .contains("same figure");
    test(find(Button.class, list).withText("Same claim").first()).click();
    assertThat(queries.detail(support.demoWorkspace(), second.id()).sameAs()).isNotNull();
  }
}
