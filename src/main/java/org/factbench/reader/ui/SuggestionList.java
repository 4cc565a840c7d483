package org.factbench.reader.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.factbench.base.ui.Messages;
import org.factbench.document.Suggestion;
import org.factbench.document.SuggestionService;
import org.factbench.matching.SimilarClaim;
import org.factbench.matching.ui.AlreadyCheckedBadge;

/**
 * The sentences of a document suggested for checking, best first, in a lazy grid: score, speaker,
 * sentence and reasons, and "Already checked by ..." when a fact-check of it exists; editors make
 * one a claim, dismiss it, or bring a dismissed one back.
 */
class SuggestionList {

  private final SuggestionService suggestions;
  private final long workspaceId;
  private final long documentId;
  private final boolean editor;
  private final Grid<Suggestion> grid = new Grid<>();
  private final Checkbox showDecided = new Checkbox(Messages.t("reader.suggestions.show-decided"));
  private final LongConsumer makeClaim;
  private final Runnable changed;
  private final Function<String, Optional<SimilarClaim>> alreadyChecked;

  /** Each suggestion's "already checked" match, looked up once per list. */
  private final Map<Long, Optional<SimilarClaim>> checked = new HashMap<>();

  SuggestionList(
      SuggestionService suggestions,
      long workspaceId,
      long documentId,
      boolean editor,
      LongConsumer reveal,
      LongConsumer makeClaim,
      Runnable changed,
      Function<String, Optional<SimilarClaim>> alreadyChecked) {
    this.alreadyChecked = alreadyChecked;
    this.suggestions = suggestions;
    this.workspaceId = workspaceId;
    this.documentId = documentId;
    this.editor = editor;
    this.makeClaim = makeClaim;
    this.changed = changed;
    grid.setId("suggestions");
    grid.addComponentColumn(this::cell);
    grid.addThemeVariants(
        GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
    grid.setHeight("22rem");
    grid.setEmptyStateText(Messages.t("reader.suggestions.empty"));
    grid.setItemsPageable(
        page ->
            suggestions.page(workspaceId, documentId, showDecided.getValue(), page).getContent());
    grid.addItemClickListener(e -> reveal.accept(e.getItem().id()));
    showDecided.setId("suggestions-show-decided");
    showDecided.addValueChangeListener(e -> refresh());
  }

  Grid<Suggestion> grid() {
    return grid;
  }

  Checkbox showDecided() {
    return showDecided;
  }

  /** While a document is scored for the first time, the empty list says the suggestions come. */
  void scoring(boolean firstTime) {
    grid.setEmptyStateText(
        Messages.t(firstTime ? "reader.suggestions.scoring" : "reader.suggestions.empty"));
  }

  void refresh() {
    checked.clear();
    grid.getDataProvider().refreshAll();
  }

  private Div cell(Suggestion sg) {
    Span score =
        new Span(
            Messages.t("reader.suggestions.score", String.valueOf(Math.round(sg.score() * 100))));
    score.getElement().getThemeList().add("badge small");
    score.getElement().setAttribute("title", Messages.t("reader.suggestions.score.title"));
    Span sentence = new Span(" " + abbreviate(sg.sentence(), 220));
    Span speaker = new Span(sg.speaker() == null ? "" : " " + sg.speaker() + ":");
    speaker.getStyle().set("font-weight", "600");
    // the named cues on one line, the nearest labelled example ("reads like ...") on its own
    Div reasons =
        new Div(
            new Span(
                String.join(
                    " \u00b7 ", sg.reasons().stream().filter(r -> !isExample(r)).toList())));
    reasons.addClassName("fb-suggestion-reasons");
    Div cell = new Div(new Div(score, speaker, sentence), reasons);
    sg.reasons().stream()
        .filter(SuggestionList::isExample)
        .findFirst()
        .ifPresent(
            r -> {
              Div example = new Div(new Span(r));
              example.addClassName("fb-suggestion-reasons");
              example.addClassName("fb-suggestion-example");
              cell.add(example);
            });
    cell.addClassName("fb-suggestion-item");
    if (sg.state() == Suggestion.State.OPEN) {
      checked
          .computeIfAbsent(sg.id(), id -> alreadyChecked.apply(sg.sentence()))
          .ifPresent(match -> cell.add(new Div(AlreadyCheckedBadge.of(workspaceId, match))));
    }
    if (sg.state() != Suggestion.State.OPEN) {
      Span state =
          new Span(
              Messages.t(
                  sg.state() == Suggestion.State.ACCEPTED
                      ? "reader.suggestions.claimed"
                      : "reader.suggestions.dismissed"));
      state.getElement().getThemeList().add("badge contrast small");
      cell.add(state);
    }
    if (editor) {
      cell.add(actions(sg));
    }
    return cell;
  }

  private HorizontalLayout actions(Suggestion sg) {
    HorizontalLayout actions = new HorizontalLayout();
    actions.setSpacing(false);
    if (sg.state() == Suggestion.State.OPEN) {
      Button accept =
          new Button(Messages.t("reader.suggestions.make-claim"), e -> makeClaim.accept(sg.id()));
      accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
      accept.addClassName("fb-suggestion-accept");
      Button dismiss =
          step(
              "reader.suggestions.dismiss",
              () -> suggestions.dismiss(workspaceId, documentId, sg.id()));
      dismiss.addClassName("fb-suggestion-dismiss");
      actions.add(accept, dismiss);
    } else if (sg.state() == Suggestion.State.DISMISSED) {
      actions.add(
          step(
              "reader.suggestions.bring-back",
              () -> suggestions.reopen(workspaceId, documentId, sg.id())));
    }
    return actions;
  }

  /** A small tertiary button that takes a step on a suggestion, then shows the list again. */
  private Button step(String labelKey, Runnable step) {
    Button button =
        new Button(
            Messages.t(labelKey),
            e -> {
              step.run();
              changed.run();
            });
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    return button;
  }

  /** The reason that explains the learned part by the nearest labelled example. */
  static boolean isExample(String reason) {
    return reason.startsWith("reads like ");
  }

  static String abbreviate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
