package org.factbench.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.factbench.base.live.ChangeFeed;
import org.factbench.base.ui.CurrentWorkspace;
import org.factbench.base.ui.LiveUpdates;
import org.factbench.base.ui.RouteIds;
import org.factbench.base.ui.UserMessages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimHighlight;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.RatingScale;
import org.factbench.claim.SimilarClaim;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentText;
import org.factbench.document.Suggestion;
import org.factbench.document.SuggestionService;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspaceService;
import org.factbench.workspace.WorkspaceSummary;

/**
 * Reading a source: its text (as text, never HTML) with every claim painted in its verdict's
 * colour. Editors select a passage to turn it into a claim; clicking a painted claim opens it
 * beside the text.
 */
@Route("workspaces/:workspaceId/documents/:documentId")
@PermitAll
class DocumentReaderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  private final DocumentService documents;
  private final ClaimService claims;
  private final RatingScale ratings;
  private final WorkspaceService workspaces;
  private final PanelServices panelServices;
  private final SuggestionService suggestions;
  private final LiveUpdates live;
  private final Grid<Suggestion> suggestionGrid = new Grid<>();
  private final Checkbox showDecided = new Checkbox("Show dismissed and accepted");
  private final Annotator annotator = new Annotator();
  private final VerticalLayout side = new VerticalLayout();
  private final VerticalLayout claimList = new VerticalLayout();
  private WorkspaceSummary workspace;
  private DocumentText document;
  private ClaimPanel panel;
  private List<ClaimHighlight> shownHighlights = List.of();
  private TextArea pendingWording;
  private List<org.factbench.assist.Turn> turns;

  DocumentReaderView(
      DocumentService documents,
      ClaimService claims,
      RatingScale ratings,
      WorkspaceService workspaces,
      PanelServices panelServices,
      SuggestionService suggestions,
      ChangeFeed feed) {
    this.documents = documents;
    this.claims = claims;
    this.ratings = ratings;
    this.workspaces = workspaces;
    this.panelServices = panelServices;
    this.suggestions = suggestions;
    // highlights follow the team's changes (a new claim, a verdict); an open claim reloads itself
    this.live =
        new LiveUpdates(
            this,
            feed,
            change -> {
              // re-rendering the text would drop a selection in progress: only when highlights
              // moved
              if (document != null) {
                List<ClaimHighlight> now =
                    claims.highlights(workspace.id(), document.document().id());
                if (!now.equals(shownHighlights)) {
                  showHighlights(now);
                }
              }
              if (panel != null && panel.isAttached()) {
                panel.changed(change);
              }
            });
    addClassName("fb-view");
    setWidthFull();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    long workspaceId = RouteIds.id(event, "workspaceId", "The workspace");
    long documentId = RouteIds.id(event, "documentId", "The document");
    workspace = workspaces.get(workspaceId);
    document = documents.get(workspaceId, documentId);
    turns = null;
    CurrentWorkspace.set(workspace.id(), workspace.name());
    live.workspace(workspace.id());
    build();
    event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter("claim")
        .ifPresent(
            id -> {
              try {
                open(Long.parseLong(id));
              } catch (RuntimeException ignored) {
                // a stale link to a claim: the document still opens
              }
            });
  }

  @Override
  public String getPageTitle() {
    return (document == null ? "Document" : document.document().title()) + " · Factbench";
  }

  private void build() {
    removeAll();
    H2 title = new H2(document.document().title());
    title.setId("document-title");
    var d = document.document();
    Span meta =
        new Span(
            String.join(
                " \u00b7 ",
                java.util.stream.Stream.of(
                        d.outlet(),
                        d.speakers(),
                        d.publishedOn() == null ? "" : d.publishedOn().toString(),
                        String.format("%,d characters", d.charCount()))
                    .filter(s -> !s.isBlank())
                    .toList()));
    meta.addClassName("fb-muted");
    add(title, meta);
    if (d.previousVersionId() != null) {
      add(
          new com.vaadin.flow.router.RouterLink(
              "This is a new version; open the previous one",
              DocumentReaderView.class,
              new com.vaadin.flow.router.RouteParameters(
                  java.util.Map.of(
                      "workspaceId",
                      "" + workspace.id(),
                      "documentId",
                      "" + d.previousVersionId()))));
    }
    if (!d.originUrl().isBlank()) {
      var origin = new com.vaadin.flow.component.html.Anchor(d.originUrl(), d.originUrl());
      origin.setTarget(com.vaadin.flow.component.html.AnchorTarget.BLANK);
      origin.getElement().setAttribute("rel", "noopener noreferrer");
      add(origin);
    }

    boolean editor = workspace.myRole().includes(Role.EDITOR);
    annotator.setText(document.text());
    annotator.setSelectable(editor);
    annotator.addSelectListener(e -> proposeClaim(e.start, e.end, e.quote));
    annotator.addOpenListener(e -> open(e.claimId));
    annotator.addSuggestionListener(e -> openSuggestion(e.suggestionId));
    Div text = new Div(annotator);
    text.addClassName("fb-reader-text");
    if (editor) {
      Paragraph hint = new Paragraph("Select a passage to make it a claim.");
      hint.addClassName("fb-muted");
      text.addComponentAsFirst(hint);
    }

    side.setPadding(false);
    side.addClassName("fb-reader-side");
    side.setId("reader-side");
    claimList.setPadding(false);
    claimList.setSpacing(false);
    claimList.setId("document-claims");
    HorizontalLayout reader = new HorizontalLayout(text, side);
    reader.addClassName("fb-reader");
    add(reader);
    buildSuggestionGrid(editor);
    refreshClaims();
    showList();
  }

  private void refreshClaims() {
    showHighlights(claims.highlights(workspace.id(), document.document().id()));
    refreshSuggestions();
  }

  private void refreshSuggestions() {
    annotator.setSuggestions(suggestions.open(workspace.id(), document.document().id()));
    suggestionGrid.getDataProvider().refreshAll();
  }

  // ------------------------------------------------------------------------------------------------
  // suggested check-worthy sentences

  private void buildSuggestionGrid(boolean editor) {
    suggestionGrid.removeAllColumns();
    suggestionGrid.setId("suggestions");
    suggestionGrid.addComponentColumn(sg -> suggestionCell(sg, editor));
    suggestionGrid.addThemeVariants(
        GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
    suggestionGrid.setHeight("22rem");
    suggestionGrid.setEmptyStateText(
        "No sentences suggested: nothing here looks check-worthy, or all were handled.");
    suggestionGrid.setItemsPageable(
        page ->
            suggestions
                .page(workspace.id(), document.document().id(), showDecided.getValue(), page)
                .getContent());
    suggestionGrid.addItemClickListener(e -> annotator.revealSuggestion(e.getItem().id()));
    showDecided.setId("suggestions-show-decided");
    showDecided.addValueChangeListener(e -> suggestionGrid.getDataProvider().refreshAll());
  }

  private Div suggestionCell(Suggestion sg, boolean editor) {
    Span score = new Span(Math.round(sg.score() * 100) + "%");
    score.getElement().getThemeList().add("badge small");
    score
        .getElement()
        .setAttribute("title", "Estimated chance that a fact-checker would check this sentence");
    Span sentence = new Span(" " + abbreviate(sg.sentence(), 220));
    Span speaker = new Span(sg.speaker() == null ? "" : " " + sg.speaker() + ":");
    speaker.getStyle().set("font-weight", "600");
    Div reasons = new Div(new Span(String.join(" \u00b7 ", sg.reasons())));
    reasons.addClassName("fb-suggestion-reasons");
    Div cell = new Div(new Div(score, speaker, sentence), reasons);
    cell.addClassName("fb-suggestion-item");
    if (sg.state() != Suggestion.State.OPEN) {
      Span state = new Span(sg.state() == Suggestion.State.ACCEPTED ? "Claimed" : "Dismissed");
      state.getElement().getThemeList().add("badge contrast small");
      cell.add(state);
    }
    if (editor) {
      HorizontalLayout actions = new HorizontalLayout();
      actions.setSpacing(false);
      if (sg.state() == Suggestion.State.OPEN) {
        Button accept = new Button("Make claim", e -> openSuggestion(sg.id()));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        accept.addClassName("fb-suggestion-accept");
        Button dismiss =
            new Button(
                "Dismiss",
                e -> {
                  suggestions.dismiss(workspace.id(), document.document().id(), sg.id());
                  refreshSuggestions();
                });
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        dismiss.addClassName("fb-suggestion-dismiss");
        actions.add(accept, dismiss);
      } else if (sg.state() == Suggestion.State.DISMISSED) {
        Button reopen =
            new Button(
                "Bring back",
                e -> {
                  suggestions.reopen(workspace.id(), document.document().id(), sg.id());
                  refreshSuggestions();
                });
        reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(reopen);
      }
      cell.add(actions);
    }
    return cell;
  }

  private static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }

  /**
   * A suggestion becomes a claim: the sentence is proposed as the claim's span, which the editor
   * may shorten to the words that matter; similar claims already in the workspace are shown so it
   * can be linked as the same claim.
   */
  private void openSuggestion(long suggestionId) {
    Suggestion sg;
    try {
      sg = suggestions.get(workspace.id(), document.document().id(), suggestionId);
    } catch (RuntimeException e) {
      Notification.show(UserMessages.of(e));
      return;
    }
    annotator.revealSuggestion(sg.id());
    if (!workspace.myRole().includes(Role.EDITOR)) {
      return;
    }
    side.removeAll();
    H3 heading = new H3("New claim from a suggestion");
    Div reasons = new Div(new Span(String.join(" \u00b7 ", sg.reasons())));
    reasons.addClassName("fb-suggestion-reasons");
    TextArea span = new TextArea("Span in the text");
    span.setValue(sg.sentence());
    span.setWidthFull();
    span.setId("suggestion-span");
    span.setHelperText(
        "Shorten it to the words that make the claim; they must stay as in the text.");
    side.add(heading, reasons, span);
    side.add(
        newClaimForm(
            NewClaim.fromSelection(document.document().id(), sg.start(), sg.end(), sg.sentence()),
            sg.sentence(),
            sg.speaker(),
            () -> {
              String wanted = span.getValue().strip();
              int at = wanted.isEmpty() ? -1 : sg.sentence().indexOf(wanted);
              if (at < 0) {
                throw new org.factbench.base.ValidationFailedException(
                    "span",
                    "The span must be words of the suggested sentence, exactly as in the text.");
              }
              int start = sg.start() + at;
              return NewClaim.fromSelection(
                  document.document().id(), start, start + wanted.length(), wanted);
            }));
    // the wording follows the span until the editor writes their own
    span.addValueChangeListener(
        e -> {
          if (pendingWording != null && pendingWording.getValue().equals(e.getOldValue())) {
            pendingWording.setValue(e.getValue());
          }
        });
  }

  /** Who speaks at {@code offset} of a transcript, or null. */
  private String speakerAt(int offset) {
    if (turns == null) {
      turns = org.factbench.assist.Turns.find(document.text());
    }
    return turns.stream()
        .filter(t -> t.contains(offset))
        .map(org.factbench.assist.Turn::speaker)
        .findFirst()
        .orElse(null);
  }

  private void showHighlights(List<ClaimHighlight> highlights) {
    shownHighlights = highlights;
    annotator.setHighlights(highlights);
    claimList.removeAll();
    for (ClaimHighlight h : highlights) {
      Span dot = new Span(h.verdictLabel() == null ? "No verdict" : h.verdictLabel());
      dot.addClassName("fb-verdict-badge");
      dot.getStyle()
          .set("background", h.colour() == null ? "var(--lumo-contrast-50pct)" : h.colour());
      Button item = new Button(h.wording(), e -> open(h.claimId()));
      item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      item.getStyle().set("white-space", "normal").set("text-align", "left").set("height", "auto");
      claimList.add(new HorizontalLayout(dot, item));
    }
    if (highlights.isEmpty()) {
      claimList.add(new Span("No claims marked in this document yet."));
    }
  }

  private void showList() {
    side.removeAll();
    H3 heading = new H3("Claims in this document");
    var inGrid =
        new com.vaadin.flow.router.RouterLink(
            "Open them in the claims list",
            ClaimsView.class,
            new com.vaadin.flow.router.RouteParameters("workspaceId", "" + workspace.id()));
    inGrid.setQueryParameters(
        com.vaadin.flow.router.QueryParameters.of("document", "" + document.document().id()));
    side.add(heading, claimList, inGrid);
    if (workspace.myRole().includes(Role.EDITOR)) {
      Button byHand =
          new Button("Add a claim by hand", VaadinIcon.PLUS.create(), e -> proposeByHand());
      byHand.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      side.add(byHand);
    }
    H3 suggested = new H3("Suggested for checking");
    Paragraph how =
        new Paragraph(
            "Sentences ranked by the estimated chance that a fact-checker would check them, with"
                + " what raised (+) or lowered (\u2212) it. They are painted faintly in the text.");
    how.addClassName("fb-muted");
    side.add(suggested, how, suggestionGrid, showDecided);
  }

  private void open(long claimId) {
    side.removeAll();
    Button back =
        new Button("All claims of this document", VaadinIcon.ARROW_LEFT.create(), e -> showList());
    back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    back.setId("back-to-claims");
    panel =
        new ClaimPanel(
            panelServices,
            workspace.id(),
            workspace.myRole(),
            ratings.of(workspace.id()),
            workspaces.members(workspace.id()),
            changed -> {
              refreshClaims();
              if (changed == null) {
                showList();
              }
            });
    side.add(back, panel);
    panel.show(claimId);
    annotator.reveal(claimId);
  }

  private void proposeClaim(int start, int end, String quote) {
    side.removeAll();
    H3 heading = new H3("New claim from your selection");
    Paragraph selected = new Paragraph("\u201c" + quote + "\u201d");
    selected.getStyle().set("font-style", "italic");
    selected.setId("selection-quote");
    side.add(heading, selected);
    NewClaim selection = NewClaim.fromSelection(document.document().id(), start, end, quote);
    side.add(newClaimForm(selection, quote, speakerAt(start), () -> selection));
  }

  private void proposeByHand() {
    side.removeAll();
    side.add(new H3("New claim"), newClaimForm(null, "", null, () -> null));
  }

  private VerticalLayout newClaimForm(
      NewClaim proposed,
      String wordingSuggestion,
      String speaker,
      java.util.function.Supplier<NewClaim> selectionAtCreate) {
    TextArea wording = new TextArea("Claim as checked");
    wording.setValue(wordingSuggestion);
    pendingWording = wording;
    wording.setWidthFull();
    wording.setId("new-claim-wording");
    ComboBox<String> claimant = new ComboBox<>("Claimant");
    claimant.setAllowCustomValue(true);
    claimant.setItems(claims.claimantNames(workspace.id(), ""));
    claimant.addCustomValueSetListener(e -> claimant.setValue(e.getDetail()));
    claimant.setId("new-claim-claimant");
    if (speaker != null && !speaker.isBlank()) {
      // the turn's speaker in a transcript
      claimant.setValue(speaker);
    } else if (!document.document().speakers().isBlank()
        && !document.document().speakers().contains(",")) {
      claimant.setValue(document.document().speakers());
    }
    Span error = new Span();
    error.addClassName("fb-error");
    Select<SimilarClaim> sameAs = new Select<>();
    Button create =
        new Button(
            "Create claim",
            e -> {
              try {
                NewClaim fromSelection = selectionAtCreate.get();
                NewClaim input =
                    fromSelection == null
                        ? new NewClaim(
                            null,
                            null,
                            null,
                            null,
                            wording.getValue(),
                            claimant.getValue(),
                            List.of())
                        : new NewClaim(
                            fromSelection.documentId(),
                            fromSelection.start(),
                            fromSelection.end(),
                            fromSelection.quote(),
                            wording.getValue(),
                            claimant.getValue(),
                            List.of());
                ClaimDetail created = claims.create(workspace.id(), input);
                if (sameAs.getValue() != null) {
                  panelServices
                      .matching()
                      .linkSameAs(workspace.id(), created.id(), sameAs.getValue().claim().id());
                }
                refreshClaims();
                open(created.id());
              } catch (RuntimeException ex) {
                error.setText(UserMessages.of(ex));
              }
            });
    create.setId("create-claim");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Cancel", e -> showList());
    VerticalLayout form = new VerticalLayout(wording, claimant);
    String lookFor = proposed == null ? "" : proposed.quote();
    List<SimilarClaim> similar =
        lookFor.isBlank()
            ? List.of()
            : panelServices.matching().similar(workspace.id(), lookFor, null, 3);
    if (!similar.isEmpty()) {
      sameAs.setLabel("Already checked elsewhere? Link it as the same claim");
      sameAs.setItems(similar);
      sameAs.setItemLabelGenerator(
          s ->
              s == null
                  ? "No, a new claim"
                  : "#"
                      + s.claim().id()
                      + " \u201c"
                      + abbreviate(s.claim().wording(), 90)
                      + "\u201d \u2014 "
                      + (s.claim().verdictLabel() != null
                          ? s.claim().verdictLabel()
                          : s.claim().status().label())
                      + " ("
                      + String.join(", ", s.reasons())
                      + ")");
      sameAs.setWidthFull();
      sameAs.setEmptySelectionAllowed(true);
      sameAs.setEmptySelectionCaption("No, a new claim");
      sameAs.setId("new-claim-same-as");
      form.add(sameAs);
    }
    form.add(error, new HorizontalLayout(create, cancel));
    form.setPadding(false);
    return form;
  }
}
