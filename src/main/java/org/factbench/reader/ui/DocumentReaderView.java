package org.factbench.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Supplier;
import org.factbench.base.live.ChangeFeed;
import org.factbench.base.ui.CurrentWorkspace;
import org.factbench.base.ui.LiveUpdates;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.RouteIds;
import org.factbench.base.ui.UserMessages;
import org.factbench.claim.ClaimHighlight;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.NewClaim;
import org.factbench.claim.RatingScale;
import org.factbench.claim.panel.ClaimPanel;
import org.factbench.claim.panel.ClaimPanels;
import org.factbench.document.DocumentService;
import org.factbench.document.DocumentText;
import org.factbench.document.Suggestion;
import org.factbench.document.SuggestionService;
import org.factbench.matching.SimilarClaims;
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
  private final ClaimQueries queries;
  private final RatingScale ratings;
  private final WorkspaceService workspaces;
  private final ClaimPanels panels;
  private final SimilarClaims matching;
  private final SuggestionService suggestions;
  private final LiveUpdates live;
  private SuggestionList suggestionList;
  private ScoringIndicator scoring;
  private final Annotator annotator = new Annotator();
  private final VerticalLayout side = new VerticalLayout();
  private final DocumentClaims claimList = new DocumentClaims(this::open);
  private WorkspaceSummary workspace;
  private DocumentText document;
  private ClaimPanel panel;
  private List<ClaimHighlight> shownHighlights = List.of();
  private List<org.factbench.assist.Turn> turns;

  DocumentReaderView(
      DocumentService documents,
      ClaimService claims,
      ClaimQueries queries,
      RatingScale ratings,
      WorkspaceService workspaces,
      ClaimPanels panels,
      SimilarClaims matching,
      SuggestionService suggestions,
      ChangeFeed feed) {
    this.documents = documents;
    this.claims = claims;
    this.queries = queries;
    this.ratings = ratings;
    this.workspaces = workspaces;
    this.panels = panels;
    this.matching = matching;
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
                    queries.highlights(workspace.id(), document.document().id());
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
    RouteIds.openIfPresent(
        event.getLocation().getQueryParameters().getSingleParameter("claim"), this::open);
  }

  @Override
  public String getPageTitle() {
    return Messages.pageTitle(
        document == null ? Messages.t("reader.view.untitled") : document.document().title());
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
                        Messages.t("reader.view.characters", String.format("%,d", d.charCount())))
                    .filter(s -> !s.isBlank())
                    .toList()));
    meta.addClassName("fb-muted");
    add(title, meta);
    if (d.previousVersionId() != null) {
      add(
          new com.vaadin.flow.router.RouterLink(
              Messages.t("reader.view.previous-version"),
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
    annotator.setFormat(d.format());
    annotator.setSelectable(editor);
    annotator.addSelectListener(e -> proposeClaim(e.start, e.end, e.quote));
    annotator.addOpenListener(e -> open(e.claimId));
    annotator.addSuggestionListener(e -> openSuggestion(e.suggestionId));
    Div text = new Div(annotator);
    text.addClassName("fb-reader-text");
    if (editor) {
      Paragraph hint = new Paragraph(Messages.t("reader.view.select-hint"));
      hint.addClassName("fb-muted");
      text.addComponentAsFirst(hint);
    }

    side.setPadding(false);
    side.addClassName("fb-reader-side");
    side.setId("reader-side");
    HorizontalLayout reader = new HorizontalLayout(text, side);
    reader.addClassName("fb-reader");
    add(reader);
    suggestionList =
        new SuggestionList(
            suggestions,
            workspace.id(),
            document.document().id(),
            editor,
            annotator::revealSuggestion,
            this::openSuggestion,
            this::refreshSuggestions,
            sentence -> AlreadyChecked.best(matching, workspace.id(), sentence));
    scoring =
        new ScoringIndicator(
            suggestions,
            workspace.id(),
            document.document().id(),
            this::refreshSuggestions,
            suggestionList::scoring);
    refreshClaims();
    showList();
  }

  private void refreshClaims() {
    showHighlights(queries.highlights(workspace.id(), document.document().id()));
    refreshSuggestions();
  }

  private void refreshSuggestions() {
    annotator.setSuggestions(suggestions.open(workspace.id(), document.document().id()));
    suggestionList.refresh();
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
    H3 heading = new H3(Messages.t("reader.view.from-suggestion"));
    Div reasons = new Div(new Span(String.join(" \u00b7 ", sg.reasons())));
    reasons.addClassName("fb-suggestion-reasons");
    TextArea span = new TextArea(Messages.t("reader.view.span"));
    span.setValue(sg.sentence());
    span.setWidthFull();
    span.setId("suggestion-span");
    span.setHelperText(Messages.t("reader.view.span.helper"));
    side.add(heading, reasons, span);
    NewClaimForm form =
        newClaimForm(
            NewClaim.fromSelection(document.document().id(), sg.start(), sg.end(), sg.sentence()),
            sg.sentence(),
            sg.speaker(),
            () -> {
              Suggestion.Part part = sg.part(span.getValue());
              return NewClaim.fromSelection(
                  document.document().id(), part.start(), part.end(), part.quote());
            });
    side.add(form);
    // the wording follows the span until the editor writes their own
    span.addValueChangeListener(
        e -> {
          if (form.wording().getValue().equals(e.getOldValue())) {
            form.wording().setValue(e.getValue());
          }
        });
  }

  /** Who speaks at {@code offset} of a transcript, or null. */
  private String speakerAt(int offset) {
    if (turns == null) {
      turns = org.factbench.assist.Turns.find(document.text());
    }
    return org.factbench.assist.Turns.speakerAt(turns, offset);
  }

  private void showHighlights(List<ClaimHighlight> highlights) {
    shownHighlights = highlights;
    annotator.setHighlights(highlights);
    claimList.show(highlights);
  }

  private void showList() {
    side.removeAll();
    H3 heading = new H3(Messages.t("reader.view.claims"));
    var inGrid =
        new com.vaadin.flow.component.html.Anchor(
            "workspaces/" + workspace.id() + "/claims?document=" + document.document().id(),
            Messages.t("reader.view.open-in-list"));
    inGrid.getElement().setAttribute("router-link", true);
    side.add(heading, claimList, inGrid);
    if (workspace.myRole().includes(Role.EDITOR)) {
      Button byHand =
          new Button(
              Messages.t("reader.view.by-hand"), VaadinIcon.PLUS.create(), e -> proposeByHand());
      byHand.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      side.add(byHand);
    }
    H3 suggested = new H3(Messages.t("reader.view.suggested"));
    Paragraph how = new Paragraph(Messages.t("reader.view.suggested.how"));
    how.addClassName("fb-muted");
    side.add(suggested, how, scoring, suggestionList.grid(), suggestionList.showDecided());
  }

  private void open(long claimId) {
    side.removeAll();
    Button back =
        new Button(Messages.t("reader.view.back"), VaadinIcon.ARROW_LEFT.create(), e -> showList());
    back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    back.setId("back-to-claims");
    panel =
        panels.create(
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
    H3 heading = new H3(Messages.t("reader.view.from-selection"));
    Paragraph selected = new Paragraph("\u201c" + quote + "\u201d");
    selected.getStyle().set("font-style", "italic");
    selected.setId("selection-quote");
    side.add(heading, selected);
    NewClaim selection = NewClaim.fromSelection(document.document().id(), start, end, quote);
    side.add(newClaimForm(selection, quote, speakerAt(start), () -> selection));
  }

  private void proposeByHand() {
    side.removeAll();
    side.add(new H3(Messages.t("reader.view.new-claim")), newClaimForm(null, "", null, () -> null));
  }

  private NewClaimForm newClaimForm(
      NewClaim proposed,
      String wordingSuggestion,
      String speaker,
      Supplier<NewClaim> selectionAtCreate) {
    return new NewClaimForm(
        claims,
        queries,
        matching,
        workspace.id(),
        document.document(),
        proposed,
        wordingSuggestion,
        speaker,
        selectionAtCreate,
        id -> {
          refreshClaims();
          open(id);
        },
        this::showList);
  }
}
