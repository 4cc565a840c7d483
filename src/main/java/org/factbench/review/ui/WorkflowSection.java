package org.factbench.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.DisputeView;
import org.factbench.claim.ReviewState;
import org.factbench.claim.Verdict;
import org.factbench.claim.panel.AbstractPanelSection;
import org.factbench.claim.panel.PanelContext;
import org.factbench.claim.panel.PanelParts;
import org.factbench.review.DisputeResolution;
import org.factbench.review.ReviewAction;
import org.factbench.review.ReviewOption;
import org.factbench.review.ReviewService;

/**
 * Where the claim stands in review (since when, who proposed, the last comment, an open dispute
 * with both positions) and the steps the user may take now; a step the user may not take is shown
 * disabled, with the reason.
 */
@org.springframework.stereotype.Component
class WorkflowSection extends AbstractPanelSection {

  private final ReviewService review;

  WorkflowSection(ReviewService review) {
    super(20);
    this.review = review;
  }

  @Override
  protected Component render(PanelContext context, ClaimDetail d) {
    VerticalLayout box = PanelParts.box("claim-workflow");
    ReviewState r = d.review();
    StringBuilder line =
        new StringBuilder(
            Messages.t(
                "review.workflow.since",
                Messages.t(d.status().labelKey()),
                PanelParts.WHEN.format(r.statusChangedAt())));
    if (r.verdictByName() != null) {
      line.append(" \u00b7 ")
          .append(Messages.t("review.workflow.verdict-proposed-by", r.verdictByName()));
    }
    if (r.editedByName() != null && !Objects.equals(r.editedBy(), r.verdictBy())) {
      line.append(" \u00b7 ")
          .append(Messages.t("review.workflow.last-edited-by", r.editedByName()));
    }
    Span state = new Span(line.toString());
    state.addClassName("fb-muted");
    box.add(state);
    if (r.comment() != null && r.dispute() == null) {
      box.add(comment(r));
    }
    if (r.dispute() != null) {
      box.add(dispute(r.dispute()));
    }
    if (context.canEdit()) {
      HorizontalLayout actions = actions(context, d);
      if (actions.getComponentCount() > 0) {
        box.add(actions);
      }
    }
    return box;
  }

  private static Div comment(ReviewState r) {
    Div comment = new Div();
    comment.addClassName("fb-review-comment");
    comment.setId("review-comment");
    Span who =
        new Span(
            Messages.t(
                "review.workflow.comment-from",
                Objects.requireNonNullElse(
                    r.commentByName(), Messages.t("review.workflow.a-reviewer")),
                PanelParts.WHEN.format(r.commentAt())));
    who.addClassName("fb-note-meta");
    Paragraph text = new Paragraph(r.comment());
    text.getStyle().set("margin", "0").set("white-space", "pre-wrap");
    comment.add(who, text);
    return comment;
  }

  private HorizontalLayout actions(PanelContext context, ClaimDetail d) {
    long ws = context.workspaceId();
    HorizontalLayout actions = new HorizontalLayout();
    actions.setId("review-actions");
    actions.getStyle().set("flex-wrap", "wrap");
    for (ReviewOption o : review.options(ws, d.id())) {
      Button b = new Button(Messages.t(o.action().labelKey()));
      b.setId("review-" + o.action().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      if (o.action() == ReviewAction.APPROVE || o.action() == ReviewAction.PUBLISH) {
        b.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
      } else if (o.action() == ReviewAction.SEND_TO_REVIEW) {
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      } else if (o.action() == ReviewAction.WITHDRAW) {
        b.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      }
      refuse(b, o);
      b.addClickListener(e -> act(context, d, o));
      actions.add(b);
    }
    if (d.status() == ClaimStatus.DISPUTED) {
      ReviewOption resolve = review.resolveOption(ws, d.id());
      for (DisputeResolution res : DisputeResolution.values()) {
        Button b = new Button(Messages.t(res.labelKey()));
        b.setId("resolve-" + res.name().toLowerCase(Locale.ROOT));
        refuse(b, resolve);
        b.addClickListener(
            e ->
                ask(
                    context,
                    Messages.t(res.labelKey()),
                    Messages.t("review.workflow.why-resolve"),
                    null,
                    (reason, ignored) ->
                        review.resolveDispute(ws, d.id(), res, reason, d.version())));
        actions.add(b);
      }
    }
    return actions;
  }

  private static void refuse(Button b, ReviewOption o) {
    if (!o.allowed()) {
      b.setEnabled(false);
      b.setTooltipText(o.whyNot());
      b.getElement().setAttribute("title", o.whyNot());
    }
  }

  private static Component dispute(DisputeView v) {
    Div proposed =
        position(
            Messages.t(
                "review.workflow.proposed-by",
                Objects.requireNonNullElse(
                    v.originalByName(), Messages.t("review.workflow.an-editor"))),
            v.originalVerdict(),
            v.originalRationale(),
            "dispute-proposed");
    Div disputed =
        position(
            Messages.t(
                "review.workflow.disputed-by",
                v.openedByName(),
                PanelParts.WHEN.format(v.openedAt())),
            v.proposedVerdict(),
            v.reason(),
            "dispute-disputed");
    HorizontalLayout sides = new HorizontalLayout(proposed, disputed);
    sides.setWidthFull();
    sides.setId("dispute");
    sides.addClassName("fb-dispute");
    proposed.getStyle().set("flex", "1 1 0");
    disputed.getStyle().set("flex", "1 1 0");
    return sides;
  }

  private static Div position(String title, Verdict verdict, String text, String id) {
    H4 heading = new H4(title);
    heading.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
    Paragraph body =
        new Paragraph(
            text == null || text.isBlank() ? Messages.t("review.workflow.no-rationale") : text);
    body.getStyle().set("white-space", "pre-wrap").set("margin", "var(--lumo-space-xs) 0 0 0");
    Div side = new Div(heading, PanelParts.badge(verdict), body);
    side.addClassName("fb-position");
    side.setId(id);
    return side;
  }

  /** Runs a workflow step, asking first for a reason (and for a dispute, a verdict) if needed. */
  private void act(PanelContext context, ClaimDetail d, ReviewOption o) {
    long ws = context.workspaceId();
    long version = d.version();
    if (o.action() == ReviewAction.DISPUTE) {
      List<Verdict> others =
          context.scale().stream()
              .filter(v -> d.verdict() == null || v.id() != d.verdict().id())
              .toList();
      ask(
          context,
          Messages.t("review.workflow.dispute.title"),
          Messages.t("review.workflow.dispute.prompt"),
          others,
          (reason, verdict) ->
              review.dispute(ws, d.id(), verdict == null ? null : verdict.id(), reason, version));
    } else if (o.needsReason()) {
      ask(
          context,
          Messages.t(o.action().labelKey()),
          Messages.t(
              o.action() == ReviewAction.RETURN
                  ? "review.workflow.return.prompt"
                  : "review.workflow.why"),
          null,
          (reason, ignored) -> review.transition(ws, d.id(), o.action(), reason, version));
    } else {
      step(context, () -> review.transition(ws, d.id(), o.action(), null, version));
    }
  }

  private static void ask(
      PanelContext context,
      String title,
      String prompt,
      List<Verdict> verdicts,
      ReasonDialog.Decision decision) {
    new ReasonDialog(
            title,
            prompt,
            verdicts,
            decision,
            context::stepTaken,
            e -> {
              context.error(e);
              context.refresh();
            })
        .open();
  }

  private static void step(PanelContext context, Supplier<ClaimDetail> action) {
    try {
      context.stepTaken(action.get());
    } catch (RuntimeException e) {
      context.error(e);
      context.refresh();
    }
  }
}
