package org.factbench.reader.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import org.factbench.base.ui.Messages;
import org.factbench.document.ScoringStatus;
import org.factbench.document.SuggestionService;

/**
 * "Scoring sentences: 40%" above the suggestions while the document's sentences are scored in the
 * background. While it shows, the page asks the server every {@value #POLL_MS} ms how far the
 * scoring has got (one small query for a reader of a document being scored, on whichever node
 * scores it); when the scoring ends the suggestions are refreshed and the indicator hides.
 */
class ScoringIndicator extends Div {

  static final int POLL_MS = 1_000;

  private final SuggestionService suggestions;
  private final long workspaceId;
  private final long documentId;
  private final Runnable done;
  private final java.util.function.Consumer<Boolean> running;
  private final Span label = new Span();
  private final ProgressBar bar = new ProgressBar(0, 100);
  private Registration polling;
  private ScoringStatus shown;

  ScoringIndicator(
      SuggestionService suggestions,
      long workspaceId,
      long documentId,
      Runnable done,
      java.util.function.Consumer<Boolean> running) {
    this.suggestions = suggestions;
    this.workspaceId = workspaceId;
    this.documentId = documentId;
    this.done = done;
    this.running = running;
    setId("scoring-progress");
    addClassName("fb-scoring-progress");
    label.setId("scoring-progress-label");
    bar.setWidthFull();
    setWidthFull();
    add(label, bar);
    setVisible(false);
  }

  @Override
  protected void onAttach(AttachEvent e) {
    super.onAttach(e);
    check(e.getUI());
  }

  @Override
  protected void onDetach(DetachEvent e) {
    stopPolling(e.getUI());
    super.onDetach(e);
  }

  private void check(UI ui) {
    ScoringStatus status = suggestions.status(workspaceId, documentId);
    boolean wasRunning = shown != null && shown.running();
    shown = status;
    show(status);
    running.accept(status.running() && status.modelVersion() == null);
    if (status.running() && polling == null) {
      polling = ui.addPollListener(p -> check(ui));
      ui.setPollInterval(POLL_MS);
    } else if (!status.running()) {
      stopPolling(ui);
      if (wasRunning) {
        done.run();
      }
    }
  }

  private void show(ScoringStatus status) {
    switch (status.state()) {
      case QUEUED -> {
        label.setText(Messages.t("reader.scoring.queued"));
        bar.setIndeterminate(true);
      }
      case SCORING -> {
        label.setText(
            Messages.t(
                status.modelVersion() == null ? "reader.scoring.progress" : "reader.scoring.again",
                String.valueOf(status.percent())));
        bar.setIndeterminate(false);
        bar.setValue(status.percent());
      }
      case FAILED -> {
        label.setText(Messages.t("reader.scoring.failed"));
        bar.setVisible(false);
      }
      case DONE -> label.setText("");
    }
    setVisible(status.state() != ScoringStatus.State.DONE);
  }

  private void stopPolling(UI ui) {
    if (polling != null) {
      polling.remove();
      polling = null;
      ui.setPollInterval(-1);
    }
  }
}
