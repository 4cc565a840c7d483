package org.factbench.claim.panel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.factbench.base.NotFoundException;
import org.factbench.base.live.Change;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.Verdict;
import org.factbench.security.Role;
import org.factbench.workspace.Member;

/**
 * One claim in detail: its header, the claim's form (saved with the version the user loaded), and
 * the sections of {@link ClaimPanelSection} beans above and below it. Viewers see it read-only. A
 * save that meets someone else's newer save shows both and loses neither; a live change never
 * replaces what the user is typing. Made by {@link ClaimPanels}.
 */
public class ClaimPanel extends VerticalLayout {

  private final ClaimQueries queries;
  private final PanelContext context;
  private final ClaimFormPart form;
  private final Map<PanelPart, Component> parts = new LinkedHashMap<>();
  private final List<PanelPart> above = new ArrayList<>();
  private final List<PanelPart> below = new ArrayList<>();
  private final Consumer<ClaimDetail> onChanged;
  private final Div stale = new Div();

  /** Inputs outside the binder (a note, a source being typed) that a live reload must not wipe. */
  private final List<HasValue<?, ?>> unsaved = new ArrayList<>();

  private ClaimDetail claim;
  private Component headerPart;

  ClaimPanel(
      ClaimQueries queries,
      ClaimService claims,
      List<ClaimPanelSection> sections,
      long workspaceId,
      Role role,
      List<Verdict> scale,
      List<Member> members,
      Consumer<ClaimDetail> onChanged) {
    this.queries = queries;
    this.onChanged = onChanged;
    this.context = new PanelContext(this, workspaceId, role, scale, members);
    this.form = new ClaimFormPart(claims, queries, context, this);
    for (ClaimPanelSection s : sections) {
      (s.order() < ClaimPanelSection.FORM ? above : below).add(s.create(context));
    }
    setPadding(false);
    setWidthFull();
    setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    getStyle().set("overflow-wrap", "anywhere");
    setId("claim-panel");
    stale.addClassName("fb-stale");
    stale.setId("claim-stale");
  }

  public boolean canEdit() {
    return context.canEdit();
  }

  /** Reads the claim and shows it. */
  public void show(long claimId) {
    show(queries.detail(context.workspaceId(), claimId));
  }

  /** Shows {@code detail}, with a fresh form. */
  public void show(ClaimDetail detail) {
    this.claim = detail;
    removeAll();
    unsaved.clear();
    parts.clear();
    stale.removeAll();
    stale.setVisible(false);
    headerPart = header(detail);
    add(headerPart, stale);
    above.forEach(p -> add(render(p, detail)));
    add(form.render(detail));
    below.forEach(p -> add(render(p, detail)));
  }

  private Component render(PanelPart part, ClaimDetail detail) {
    Component c = part.render(detail);
    parts.put(part, c);
    return c;
  }

  ClaimDetail claim() {
    return claim;
  }

  /** Takes {@code theirs} as what the form was loaded from, keeping the form as typed. */
  void adopt(ClaimDetail theirs) {
    claim = theirs;
  }

  void keepsInput(HasValue<?, ?> field) {
    unsaved.add(field);
  }

  /** Tells the view around the panel that the user changed the claim ({@code null}: deleted). */
  void changedByUser(ClaimDetail after) {
    onChanged.accept(after);
  }

  void stepTaken(ClaimDetail after) {
    show(after);
    onChanged.accept(after);
    Notification.show(
            Messages.t("claim.panel.step-taken", Messages.t(after.status().labelKey())),
            2500,
            Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  void refresh() {
    ClaimDetail fresh = queries.detail(context.workspaceId(), claim.id());
    show(fresh);
    onChanged.accept(fresh);
  }

  private Component header(ClaimDetail detail) {
    VerticalLayout box = PanelParts.box("claim-header");
    H3 title = new H3(Messages.t("claim.panel.title", String.valueOf(detail.id())));
    title.getStyle().set("margin", "0");
    Span verdict = PanelParts.badge(detail.verdict());
    verdict.setId("verdict-badge");
    Span status = new Span(Messages.t(detail.status().labelKey()));
    status.getElement().getThemeList().add("badge contrast");
    status.setId("status-badge");
    HorizontalLayout line = new HorizontalLayout(title, verdict, status);
    line.setAlignItems(Alignment.CENTER);
    box.add(line);
    if (detail.anchor() != null) {
      Paragraph quote = new Paragraph("\u201c" + detail.anchor().quote() + "\u201d");
      quote.getStyle().set("font-style", "italic").set("margin", "0");
      quote.setId("claim-quote");
      Span where =
          new Span(
              Messages.t(
                  "claim.panel.in-document",
                  Objects.requireNonNullElse(
                      detail.documentTitle(), Messages.t("claim.panel.a-document"))));
      where.addClassName("fb-muted");
      box.add(quote, where);
    }
    Div flag = new Div();
    flag.setId("claim-figure-check");
    flag.addClassName("fb-figure-check");
    if (detail.figureCheck() == null) {
      flag.setVisible(false);
    } else {
      flag.add(
          VaadinIcon.WARNING.create(),
          new Span(" " + Messages.t("claim.panel.figures-disagree", detail.figureCheck())));
    }
    box.add(flag);
    return box;
  }

  /**
   * Someone changed a claim in this workspace. If it is this one and it now differs from what the
   * panel shows, show it as it is now; but if the user has typed anything not yet saved, keep it
   * and offer the latest version instead (a save would then show both, see the conflict box).
   */
  public void changed(Change change) {
    if (claim == null || !change.concerns(claim.id())) {
      return;
    }
    ClaimDetail fresh;
    try {
      fresh = queries.detail(context.workspaceId(), claim.id());
    } catch (NotFoundException e) {
      stale.removeAll();
      stale.add(new Span(Messages.t("claim.panel.deleted-meanwhile")));
      stale.setVisible(true);
      return;
    } catch (org.springframework.security.access.AccessDeniedException e) {
      // a viewer's claim that is no longer published
      stale.removeAll();
      stale.add(new Span(Messages.t("claim.panel.unpublished-meanwhile")));
      stale.setVisible(true);
      return;
    }
    if (fresh.equals(claim)) {
      return;
    }
    if (!canEdit()) {
      show(fresh);
      return;
    }
    // never replace what the user may be typing (the browser may not have sent it yet): the form
    // keeps its values; the parts around it show the news
    ClaimDetail before = claim;
    boolean typing = unsaved.stream().anyMatch(f -> !isBlank(f.getValue()));
    Component header = header(fresh);
    replace(headerPart, header);
    headerPart = header;
    for (PanelPart part : List.copyOf(parts.keySet())) {
      if (!(typing && part.holdsInput())) {
        Component old = parts.get(part);
        Component now = part.render(fresh);
        parts.put(part, now);
        if (old.getParent().isPresent()) {
          replace(old, now);
        }
      }
    }
    form.lock(fresh.status());
    if (before.toEdit().sameFields(fresh.toEdit())) {
      // nothing in the form changed: the form simply moves on to the new version
      form.advanceTo(fresh.version());
      claim = fresh;
      if (!typing) {
        stale.setVisible(false);
      }
    } else {
      claim = before;
      stale.removeAll();
      Button latest = new Button(Messages.t("claim.panel.show-latest"), e -> show(fresh));
      latest.setId("claim-show-latest");
      latest.addThemeVariants(ButtonVariant.LUMO_SMALL);
      stale.add(
          new Span(
              Messages.t(
                      "claim.panel.changed-meanwhile",
                      Objects.requireNonNullElse(
                          fresh.updatedByName(), Messages.t("claim.panel.someone")))
                  + " "),
          latest);
      stale.setVisible(true);
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
