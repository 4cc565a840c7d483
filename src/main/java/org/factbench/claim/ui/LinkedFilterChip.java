package org.factbench.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimListLink;

/**
 * The part of a link's narrowing that the claims list has no field for (how long claims have
 * waited, flagged figures), shown as one button that says it and removes it when pressed.
 */
final class LinkedFilterChip {

  private LinkedFilterChip() {}

  static Optional<Button> of(ClaimListLink link, Runnable removed) {
    List<String> parts = new ArrayList<>();
    if (link.waitingOverDays() != null) {
      parts.add(Messages.t("claim.list.linked.waiting", link.waitingOverDays()));
    }
    if (link.figureFlagged()) {
      parts.add(Messages.t("claim.list.linked.flagged"));
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    Button chip = new Button(String.join(" · ", parts), VaadinIcon.CLOSE_SMALL.create());
    chip.setIconAfterText(true);
    chip.setId("linked-filter");
    chip.setTooltipText(Messages.t("claim.list.linked.remove"));
    chip.addThemeVariants(ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_SMALL);
    chip.addClickListener(
        e -> {
          chip.setVisible(false);
          removed.run();
        });
    return Optional.of(chip);
  }
}
