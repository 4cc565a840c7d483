package org.factbench.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import org.factbench.base.Sha256;
import org.factbench.evidence.SnapshotStore.Tracked;
import org.factbench.evidence.fetch.FetchOutcome;
import org.factbench.evidence.fetch.FetchResult;
import org.factbench.evidence.fetch.PageFetcher;
import org.factbench.evidence.text.Passages;
import org.factbench.evidence.text.SnapshotText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes one snapshot of one cited source, on the calling thread (a thread of {@link
 * SnapshotRunner}, never a request's): leases the source, fetches it through the guard, reads its
 * text (a few at a time, so extraction does not take every processor), and records the outcome in
 * one transaction with the history rows of whatever changed.
 *
 * <p>An <b>archive</b> (on citation, "archive again", or the first fetch of a source) becomes the
 * archived copy when it succeeds: the passage is looked up in it and the watch starts from it. A
 * <b>check</b> (the watch, "check now") compares the page with the archived copy: unchanged,
 * changed since cited (the changed version is kept as a snapshot, once), gone (404, 410) or
 * unreachable. A check stores a snapshot only when it finds something new, so running it again on
 * the same page changes nothing.
 */
@Component
class Archiver {

  /** What a fetch is for. */
  enum Mode {
    ARCHIVE,
    CHECK
  }

  private final SnapshotStore store;
  private final PageFetcher fetcher;
  private final SnapshotText extractor;
  private final Semaphore extractions;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;
  private final Duration interval;
  private final Duration lease;

  Archiver(
      SnapshotStore store,
      PageFetcher fetcher,
      SnapshotSettings settings,
      TransactionTemplate tx,
      ApplicationEventPublisher events) {
    this.store = store;
    this.fetcher = fetcher;
    this.extractor = new SnapshotText(settings.maxChars(), settings.extractionTimeout());
    this.extractions = new Semaphore(settings.extractions());
    this.tx = tx;
    this.events = events;
    this.interval = settings.watch().interval();
    this.lease = settings.timeout().plus(settings.extractionTimeout()).multipliedBy(2);
  }

  /** Fetches the source now as {@code mode} asks, for {@code actor}; false if it was busy. */
  boolean run(long sourceId, Mode mode, long actor) {
    var leased = store.lease(sourceId, lease);
    if (leased.isEmpty()) {
      return false;
    }
    Tracked source = leased.get().source();
    try {
      Mode effective = source.referenceId() == null ? Mode.ARCHIVE : mode;
      Fetched fetched = fetchAndRead(source.url());
      tx.executeWithoutResult(
          status -> record(source, effective, actor, fetched, leased.get().startedAt()));
      return true;
    } catch (RuntimeException e) {
      store.release(sourceId);
      throw e;
    }
  }

  /** A fetch with the text read out of its body (when it has one). */
  record Fetched(
      FetchResult result,
      Instant at,
      String sha256,
      String title,
      String text,
      String textSha256,
      boolean truncated,
      FetchOutcome outcome,
      String message) {}

  private Fetched fetchAndRead(String url) {
    FetchResult r = fetcher.fetch(url);
    Instant at = Instant.now();
    if (!r.ok()) {
      return new Fetched(r, at, null, null, null, null, false, r.outcome(), r.message());
    }
    SnapshotText.Extracted text;
    try {
      extractions.acquire();
      try {
        text = extractor.extract(r.kind(), r.body(), r.declaredType());
      } finally {
        extractions.release();
      }
    } catch (SnapshotText.ExtractionFailed e) {
      return new Fetched(
          r, at, null, null, null, null, false, FetchOutcome.UNSUPPORTED, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return new Fetched(
        r,
        at,
        Sha256.hex(r.body()),
        text.title(),
        text.text(),
        Sha256.hex(text.text()),
        text.truncated(),
        FetchOutcome.OK,
        null);
  }

  private void record(Tracked s, Mode mode, long actor, Fetched f, Instant startedAt) {
    Instant next = f.at().plus(interval);
    boolean ok = f.outcome() == FetchOutcome.OK;
    WatchState seen =
        ok
            ? WatchState.UNCHANGED
            : f.outcome() == FetchOutcome.GONE ? WatchState.GONE : WatchState.UNREACHABLE;
    if (mode == Mode.ARCHIVE) {
      long id = snapshot(s, "ARCHIVE", f, actor);
      Long reference = ok ? Long.valueOf(id) : s.referenceId();
      PassageState passage = s.passageState();
      Integer similarity = null;
      if (ok) {
        Passages.Match m = s.passage().isBlank() ? null : Passages.check(s.passage(), f.text());
        passage =
            m == null
                ? PassageState.NO_PASSAGE
                : switch (m.state()) {
                  case FOUND -> PassageState.FOUND;
                  case SIMILAR -> PassageState.SIMILAR;
                  case NOT_FOUND -> PassageState.NOT_FOUND;
                };
        similarity = m == null ? null : m.similarity();
      } else if (s.referenceId() == null) {
        passage = PassageState.NOT_ARCHIVED;
      }
      WatchState watch = ok ? WatchState.UNCHANGED : seen;
      store.state(
          s.sourceId(),
          reference,
          passage,
          similarity == null ? previousSimilarity(s, ok) : similarity,
          watch,
          watch != s.watchState(),
          ok ? null : Long.valueOf(id),
          startedAt,
          f.at(),
          next);
      events.publishEvent(
          EvidenceEvents.sourceArchived(
              s.workspaceId(),
              s.claimId(),
              s.sourceId(),
              actor,
              ok
                  ? "archived: "
                      + f.result().status()
                      + " "
                      + f.result().kind().mediaType()
                      + ", SHA-256 "
                      + f.sha256()
                  : "not archived: " + f.message()));
      if (passage != s.passageState() && s.passageState() != PassageState.PENDING) {
        events.publishEvent(
            EvidenceEvents.passageStateChanged(
                s.workspaceId(),
                s.claimId(),
                s.sourceId(),
                actor,
                s.passageState().label(),
                passage.label() + (similarity == null ? "" : " (" + similarity + "% alike)")));
      }
      watchChanged(s, watch, actor, f);
      return;
    }
    // a check against the archived copy
    WatchState watch = seen;
    Long watchSnapshot = null;
    if (ok) {
      if (f.textSha256().equals(s.referenceTextSha())) {
        watch = WatchState.UNCHANGED;
      } else {
        watch = WatchState.CHANGED;
        boolean sameChange =
            s.watchState() == WatchState.CHANGED && f.textSha256().equals(s.watchTextSha());
        watchSnapshot =
            sameChange ? s.watchSnapshotId() : Long.valueOf(snapshot(s, "CHECK", f, actor));
      }
    } else if (watch == s.watchState()) {
      watchSnapshot = s.watchSnapshotId();
    } else {
      watchSnapshot = snapshot(s, "CHECK", f, actor);
    }
    boolean newChange =
        watch == WatchState.CHANGED
            && !java.util.Objects.equals(watchSnapshot, s.watchSnapshotId());
    store.state(
        s.sourceId(),
        s.referenceId(),
        s.passageState(),
        previousSimilarity(s, false),
        watch,
        watch != s.watchState() || newChange,
        watchSnapshot,
        null,
        f.at(),
        next);
    watchChanged(s, watch, actor, f);
  }

  /** The passage check's similarity stays what it was unless a new archived copy is taken. */
  private Integer previousSimilarity(Tracked s, boolean replaced) {
    return replaced ? null : s.similarity();
  }

  private long snapshot(Tracked s, String kind, Fetched f, long actor) {
    FetchResult r = f.result();
    if (f.sha256() != null) {
      store.body(f.sha256(), r.body(), f.text(), f.textSha256(), f.truncated());
    }
    return store.snapshot(
        s.sourceId(),
        kind,
        s.url(),
        r.finalUrl(),
        r.status(),
        f.at(),
        f.sha256() == null ? null : r.kind().mediaType(),
        f.sha256(),
        f.title(),
        f.outcome().name(),
        f.message(),
        actor);
  }

  /** A history row when the watch state changed (not for the first state a source gets). */
  private void watchChanged(Tracked s, WatchState now, long actor, Fetched f) {
    if (now == s.watchState() || s.watchState() == WatchState.PENDING) {
      return;
    }
    String reason = null;
    if (now.needsReview() && "PUBLISHED".equals(s.claimStatus())) {
      reason =
          "The claim is published and its source "
              + (now == WatchState.GONE ? "is gone" : "changed since cited")
              + ": it waits for a reviewer.";
    } else if (now == WatchState.UNREACHABLE && f.message() != null) {
      reason = f.message();
    }
    events.publishEvent(
        EvidenceEvents.watchStateChanged(
            s.workspaceId(),
            s.claimId(),
            s.sourceId(),
            actor,
            s.watchState().label(),
            now.label(),
            reason));
  }
}
