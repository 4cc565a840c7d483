package org.factbench.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.factbench.base.ValidationFailedException;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.Verdict;

/**
 * Asks for the reason of a review step (and, for a dispute, the reviewer's own verdict), then takes
 * the step. A refusal of the reason or verdict stays in the dialog, next to the field.
 */
class ReasonDialog extends Dialog {

  /** The step, taken with what the reviewer entered. */
  interface Decision {
    ClaimDetail decide(String reason, Verdict verdict);
  }

  ReasonDialog(
      String title,
      String prompt,
      List<Verdict> verdicts,
      Decision decision,
      Consumer<ClaimDetail> taken,
      Consumer<RuntimeException> failed) {
    setHeaderTitle(title);
    setWidth("min(32rem, 95vw)");
    ComboBox<Verdict> verdict = new ComboBox<>(Messages.t("review.dialog.your-verdict"));
    verdict.setId("review-verdict");
    verdict.setWidthFull();
    if (verdicts != null) {
      verdict.setItems(verdicts);
      verdict.setItemLabelGenerator(Verdict::label);
      add(verdict);
    }
    TextArea reason = new TextArea(prompt);
    reason.setId("review-reason");
    reason.setWidthFull();
    reason.setMinHeight("6rem");
    reason.setMaxLength(5000);
    add(reason);
    Button confirm =
        new Button(
            title,
            e -> {
              try {
                ClaimDetail after = decision.decide(reason.getValue(), verdict.getValue());
                close();
                taken.accept(after);
              } catch (ValidationFailedException ex) {
                if ("verdict".equals(ex.field())) {
                  verdict.setInvalid(true);
                  verdict.setErrorMessage(ex.getMessage());
                } else {
                  reason.setInvalid(true);
                  reason.setErrorMessage(ex.getMessage());
                }
              } catch (RuntimeException ex) {
                close();
                failed.accept(ex);
              }
            });
    confirm.setId("review-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(Messages.t("review.dialog.cancel"), e -> close()), confirm);
    addOpenedChangeListener(
        e -> {
          if (e.isOpened()) {
            reason.focus();
          }
        });
  }
}
