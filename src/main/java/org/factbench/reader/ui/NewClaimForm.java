package org.factbench.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.UserMessages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.document.DocumentSummary;
import org.factbench.matching.SimilarClaim;
import org.factbench.matching.SimilarClaims;

/**
 * A new claim from a selection, a suggestion or by hand: its wording, its claimant (the transcript
 * turn's speaker, or the document's one speaker), and, when claims like it exist, the choice to
 * link it as the same claim as one of them.
 */
class NewClaimForm extends VerticalLayout {

  private final TextArea wording = new TextArea(Messages.t("reader.new-claim.wording"));

  /**
   * @param selection the span proposed, or null for a claim by hand
   * @param selectionAtCreate the span as it is when the editor creates the claim (they may shorten
   *     it); null for a claim by hand
   */
  NewClaimForm(
      ClaimService claims,
      ClaimQueries queries,
      SimilarClaims matching,
      long workspaceId,
      DocumentSummary document,
      NewClaim selection,
      String wordingSuggestion,
      String speaker,
      Supplier<NewClaim> selectionAtCreate,
      LongConsumer created,
      Runnable cancel) {
    wording.setValue(wordingSuggestion);
    wording.setWidthFull();
    wording.setId("new-claim-wording");
    ComboBox<String> claimant = new ComboBox<>(Messages.t("reader.new-claim.claimant"));
    claimant.setAllowCustomValue(true);
    claimant.setItems(queries.claimantNames(workspaceId, ""));
    claimant.addCustomValueSetListener(e -> claimant.setValue(e.getDetail()));
    claimant.setId("new-claim-claimant");
    if (speaker != null && !speaker.isBlank()) {
      // the turn's speaker in a transcript
      claimant.setValue(speaker);
    } else if (!document.speakers().isBlank() && !document.speakers().contains(",")) {
      claimant.setValue(document.speakers());
    }
    Span error = new Span();
    error.addClassName("fb-error");
    Select<SimilarClaim> sameAs = new Select<>();
    Button create =
        new Button(
            Messages.t("reader.new-claim.create"),
            e -> {
              try {
                NewClaim span = selectionAtCreate.get();
                NewClaim input =
                    span == null
                        ? new NewClaim(
                            null,
                            null,
                            null,
                            null,
                            wording.getValue(),
                            claimant.getValue(),
                            List.of())
                        : new NewClaim(
                            span.documentId(),
                            span.start(),
                            span.end(),
                            span.quote(),
                            wording.getValue(),
                            claimant.getValue(),
                            List.of());
                ClaimDetail made = claims.create(workspaceId, input);
                if (sameAs.getValue() != null) {
                  claims.linkSameAs(workspaceId, made.id(), sameAs.getValue().claim().id());
                }
                created.accept(made.id());
              } catch (RuntimeException ex) {
                error.setText(UserMessages.of(ex));
              }
            });
    create.setId("create-claim");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(wording, claimant);
    String lookFor = selection == null ? "" : selection.quote();
    List<SimilarClaim> similar =
        lookFor.isBlank() ? List.of() : matching.similar(workspaceId, lookFor, null, 3);
    if (!similar.isEmpty()) {
      sameAs.setLabel(Messages.t("reader.new-claim.same-as"));
      sameAs.setItems(similar);
      sameAs.setItemLabelGenerator(NewClaimForm::describe);
      sameAs.setWidthFull();
      sameAs.setEmptySelectionAllowed(true);
      sameAs.setEmptySelectionCaption(Messages.t("reader.new-claim.not-same"));
      sameAs.setId("new-claim-same-as");
      add(sameAs);
    }
    add(
        error,
        new HorizontalLayout(
            create, new Button(Messages.t("reader.new-claim.cancel"), e -> cancel.run())));
    setPadding(false);
  }

  /** The wording field, which follows the span until the editor writes their own. */
  TextArea wording() {
    return wording;
  }

  private static String describe(SimilarClaim s) {
    return s == null
        ? Messages.t("reader.new-claim.not-same")
        : Messages.t(
            "reader.new-claim.similar",
            String.valueOf(s.claim().id()),
            SuggestionList.abbreviate(s.claim().wording(), 90),
            s.claim().verdictLabel() != null
                ? s.claim().verdictLabel()
                : Messages.t(s.claim().status().labelKey()),
            String.join(", ", s.reasons()));
  }
}
