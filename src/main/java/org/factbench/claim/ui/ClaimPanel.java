package org.factbench.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.factbench.base.ValidationFailedException;
import org.factbench.base.ui.UserMessages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.DisputeResolution;
import org.factbench.claim.DisputeView;
import org.factbench.claim.EditConflictException;
import org.factbench.claim.Evidence;
import org.factbench.claim.NoteView;
import org.factbench.claim.ReviewAction;
import org.factbench.claim.ReviewOption;
import org.factbench.claim.ReviewState;
import org.factbench.claim.SourceInput;
import org.factbench.claim.Stance;
import org.factbench.claim.Verdict;
import org.factbench.claim.Workflow;
import org.factbench.history.HistoryEntry;
import org.factbench.history.HistoryService;
import org.factbench.security.CurrentUser;
import org.factbench.security.Role;
import org.factbench.workspace.Member;

/**
 * One claim: its wording, claimant, time, tags, assignee, status, verdict and rationale in a form
 * whose save carries the version the user loaded; its sources, notes and history. Viewers see it
 * read-only. A save that meets someone else's newer save shows both and loses neither.
 */
class ClaimPanel extends VerticalLayout {

  static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneId.of("UTC"));

  private final PanelServices services;
  private final ClaimService claims;
  private final HistoryService history;
  private final long workspaceId;
  private final Role role;
  private final List<Verdict> scale;
  private final List<Member> members;
  private final Consumer<ClaimDetail> onChanged;
  private ClaimDetail claim;
  private final Binder<ClaimForm> binder = new Binder<>();
  private final Div conflict = new Div();
  private final Div stale = new Div();

  /** Inputs outside the binder (a note, a source being typed) that a live reload must not wipe. */
  private final List<com.vaadin.flow.component.HasValue<?, ?>> unsaved = new ArrayList<>();

  private boolean historyOpen;
  private Component headerPart;
  private Component workflowPart;
  private Component sourcesPart;
  private Component linksPart;
  private Component figurePart;
  private Component notesPart;
  private Component historyPart;
  private List<com.vaadin.flow.component.HasValue<?, ?>> contentFields = List.of();

  ClaimPanel(
      PanelServices services,
      long workspaceId,
      Role role,
      List<Verdict> scale,
      List<Member> members,
      Consumer<ClaimDetail> onChanged) {
    this.services = services;
    this.claims = services.claims();
    this.history = services.history();
    this.workspaceId = workspaceId;
    this.role = role;
    this.scale = scale;
    this.members = members;
    this.onChanged = onChanged;
    setPadding(false);
    setWidthFull();
    setDefaultHorizontalComponentAlignment(Alignment.STRETCH);
    getStyle().set("overflow-wrap", "anywhere");
    setId("claim-panel");
  }

  boolean canEdit() {
    return role.includes(Role.EDITOR);
  }

  void show(long claimId) {
    show(claims.detail(workspaceId, claimId));
  }

  void show(ClaimDetail detail) {
    this.claim = detail;
    removeAll();
    unsaved.clear();
    stale.removeAll();
    stale.setVisible(false);
    stale.addClassName("fb-stale");
    stale.setId("claim-stale");
    conflict.removeAll();
    conflict.setVisible(false);
    conflict.addClassName("fb-conflict");
    conflict.setId("edit-conflict");

    headerPart = header(detail);
    add(headerPart);
    if (detail.anchor() != null) {
      Paragraph quote = new Paragraph("\u201c" + detail.anchor().quote() + "\u201d");
      quote.getStyle().set("font-style", "italic").set("margin", "0");
      quote.setId("claim-quote");
      Span where =
          new Span("in " + Objects.requireNonNullElse(detail.documentTitle(), "a document"));
      where.addClassName("fb-muted");
      add(quote, where);
    }
    figurePart = figureCheck(detail);
    add(figurePart);
    workflowPart = workflow(detail);
    linksPart = links(detail);
    sourcesPart = sources(detail);
    notesPart = notes(detail);
    historyPart = timeline(detail);
    add(
        stale,
        workflowPart,
        conflict,
        form(detail),
        linksPart,
        sourcesPart,
        notesPart,
        historyPart);
  }

  private Component header(ClaimDetail detail) {
    H3 title = new H3("Claim #" + detail.id());
    title.getStyle().set("margin", "0");
    HorizontalLayout header =
        new HorizontalLayout(title, verdictBadge(detail.verdict()), statusBadge(detail.status()));
    header.setAlignItems(Alignment.CENTER);
    return header;
  }

  private Span verdictBadge(Verdict v) {
    Span badge = badge(v);
    badge.setId("verdict-badge");
    return badge;
  }

  private static Span badge(Verdict v) {
    Span badge = new Span(v == null ? "No verdict yet" : v.label());
    badge.addClassName("fb-verdict-badge");
    badge.getStyle().set("background", v == null ? "var(--lumo-contrast-50pct)" : v.colour());
    return badge;
  }

  private Span statusBadge(ClaimStatus s) {
    Span badge = new Span(s.label());
    badge.getElement().getThemeList().add("badge contrast");
    badge.setId("status-badge");
    return badge;
  }

  // ---------------------------------------------------------------------------------------------
  // the form

  private Component form(ClaimDetail d) {
    TextArea wording = new TextArea("Claim as checked");
    wording.setId("claim-wording");
    wording.setWidthFull();
    wording.setMaxLength(5000);
    ComboBox<String> claimant = new ComboBox<>("Claimant");
    claimant.setId("claim-claimant");
    claimant.setAllowCustomValue(true);
    List<String> names = new ArrayList<>(claims.claimantNames(workspaceId, ""));
    claimant.setItems(names);
    claimant.addCustomValueSetListener(
        e -> {
          if (!names.contains(e.getDetail())) {
            names.add(e.getDetail());
            claimant.setItems(names);
          }
          claimant.setValue(e.getDetail());
        });
    TextField time = new TextField("Time in recording");
    time.setId("claim-time");
    time.setPlaceholder("m:ss");
    TextField tags = new TextField("Tags");
    tags.setId("claim-tags");
    tags.setHelperText("Separate with commas");
    ComboBox<Member> assignee = new ComboBox<>("Assignee");
    assignee.setItems(members);
    assignee.setItemLabelGenerator(Member::displayName);
    assignee.setClearButtonVisible(true);
    ComboBox<Verdict> verdict = new ComboBox<>("Verdict");
    verdict.setItems(scale);
    verdict.setItemLabelGenerator(Verdict::label);
    verdict.setClearButtonVisible(true);
    verdict.setId("claim-verdict");
    TextArea rationale = new TextArea("Rationale (published)");
    rationale.setId("claim-rationale");
    rationale.setWidthFull();
    rationale.setMinHeight("6rem");

    // the server learns of typing as it happens, so a live reload never wipes unsaved input
    for (var f : List.of(wording, time, tags, rationale)) {
      f.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
    }
    binder.removeBean();
    binder
        .forField(wording)
        .asRequired("Write the claim as it will be checked.")
        .bind(ClaimForm::getWording, ClaimForm::setWording);
    binder.forField(claimant).bind(ClaimForm::getClaimant, ClaimForm::setClaimant);
    binder
        .forField(time)
        .withValidator(
            v -> {
              try {
                TimePositions.parse(v);
                return true;
              } catch (ValidationFailedException e) {
                return false;
              }
            },
            "Write the time as m:ss or h:mm:ss.")
        .bind(ClaimForm::getTimePosition, ClaimForm::setTimePosition);
    binder.forField(tags).bind(ClaimForm::getTags, ClaimForm::setTags);
    binder.forField(assignee).bind(ClaimForm::getAssignee, ClaimForm::setAssignee);
    binder.forField(verdict).bind(ClaimForm::getVerdict, ClaimForm::setVerdict);
    binder.forField(rationale).bind(ClaimForm::getRationale, ClaimForm::setRationale);
    binder.setBean(ClaimForm.of(d, members));
    binder.setReadOnly(!canEdit());
    contentFields = List.of(wording, claimant, verdict, rationale);
    lockContent(d.status());

    FormLayout layout = new FormLayout(wording, claimant, time, tags, assignee, verdict, rationale);
    layout.setColspan(wording, 2);
    layout.setColspan(rationale, 2);
    layout.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
    VerticalLayout box = new VerticalLayout(layout);
    box.setPadding(false);
    if (canEdit()) {
      Button save = new Button("Save", e -> save(binder.getBean().toEdit()));
      save.setId("claim-save");
      save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> delete());
      delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      delete.setId("claim-delete");
      box.add(new HorizontalLayout(save, delete));
    }
    return box;
  }

  private void save(ClaimEdit edit) {
    if (!binder.validate().isOk()) {
      return;
    }
    try {
      ClaimDetail saved = claims.update(workspaceId, claim.id(), edit);
      show(saved);
      onChanged.accept(saved);
      Notification.show("Saved.", 2000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (EditConflictException e) {
      showConflict(edit, e.current());
    } catch (RuntimeException e) {
      error(e);
    }
  }

  /**
   * Shows what the other person changed next to the user's values; the user's form stays as they
   * typed it.
   */
  private void showConflict(ClaimEdit mine, ClaimDetail theirs) {
    conflict.removeAll();
    conflict.add(
        new H4("Someone else saved this claim while you were editing"),
        new Paragraph(
            "Saved by "
                + Objects.requireNonNullElse(theirs.updatedByName(), "another user")
                + " at "
                + WHEN.format(theirs.updatedAt())
                + ". Your changes are still in the form below."));
    ClaimEdit base = claim.toEdit();
    ClaimEdit now = theirs.toEdit();
    List<String> lines = new ArrayList<>();
    compare(lines, "Claim as checked", base.wording(), now.wording(), mine.wording());
    compare(lines, "Claimant", base.claimant(), now.claimant(), mine.claimant());
    compare(lines, "Tags", base.tags(), now.tags(), mine.tags());
    compare(
        lines, "Verdict", label(base.ratingId()), label(now.ratingId()), label(mine.ratingId()));
    compare(lines, "Rationale", base.rationale(), now.rationale(), mine.rationale());
    compare(lines, "Assignee", base.assigneeId(), now.assigneeId(), mine.assigneeId());
    compare(lines, "Time", base.timeSeconds(), now.timeSeconds(), mine.timeSeconds());
    Div changes = new Div();
    changes.setId("conflict-changes");
    lines.forEach(l -> changes.add(new Paragraph(l)));
    if (lines.isEmpty()) {
      changes.add(new Paragraph("They changed sources, notes or nothing visible here."));
    }
    Button reload = new Button("Discard mine, show theirs", e -> show(theirs));
    reload.setId("conflict-reload");
    Button reapply =
        new Button(
            "Apply mine on top of theirs",
            e -> {
              // only the fields this user changed replace theirs; everything else stays as they
              // saved it
              ClaimEdit merged = merge(base, binder.getBean().toEdit(), now);
              claim = theirs;
              save(merged);
            });
    reapply.setId("conflict-reapply");
    reapply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    conflict.add(changes, new HorizontalLayout(reload, reapply));
    conflict.setVisible(true);
    conflict.scrollIntoView();
  }

  /**
   * Theirs, with each field that the user changed (compared with what they loaded) taken from the
   * user.
   */
  static ClaimEdit merge(ClaimEdit base, ClaimEdit mine, ClaimEdit theirs) {
    return new ClaimEdit(
        pick(base.wording(), mine.wording(), theirs.wording()),
        pick(base.claimant(), mine.claimant(), theirs.claimant()),
        pick(base.timeSeconds(), mine.timeSeconds(), theirs.timeSeconds()),
        pick(base.tags(), mine.tags(), theirs.tags()),
        pick(base.assigneeId(), mine.assigneeId(), theirs.assigneeId()),
        pick(base.ratingId(), mine.ratingId(), theirs.ratingId()),
        pick(base.rationale(), mine.rationale(), theirs.rationale()),
        theirs.version());
  }

  private static <T> T pick(T base, T mine, T theirs) {
    return Objects.equals(norm(mine), norm(base)) ? theirs : mine;
  }

  private static void compare(
      List<String> out, String field, Object base, Object theirs, Object mine) {
    if (!Objects.equals(norm(base), norm(theirs))) {
      out.add(
          field
              + ": they changed \u201c"
              + show(base)
              + "\u201d to \u201c"
              + show(theirs)
              + "\u201d"
              + (Objects.equals(norm(mine), norm(base))
                  ? ""
                  : "; you wrote \u201c" + show(mine) + "\u201d"));
    }
  }

  private static Object norm(Object o) {
    return o instanceof String s ? s.strip() : o;
  }

  private static String show(Object o) {
    if (o == null) {
      return "(empty)";
    }
    String s = o.toString();
    return s.length() > 200 ? s.substring(0, 197) + "..." : s;
  }

  private String label(Long ratingId) {
    return ratingId == null
        ? null
        : scale.stream()
            .filter(v -> v.id() == ratingId)
            .map(Verdict::label)
            .findFirst()
            .orElse("?");
  }

  private void delete() {
    try {
      claims.delete(workspaceId, claim.id());
      Notification.show("Claim deleted. An admin can restore it.");
      removeAll();
      onChanged.accept(null);
    } catch (RuntimeException e) {
      error(e);
    }
  }

  // ------------------------------------------------------------------------------------------ the
  // sources

  private Component sources(ClaimDetail d) {
    VerticalLayout list = new VerticalLayout();
    list.setPadding(false);
    list.setSpacing(false);
    list.setId("claim-sources");
    for (Evidence s : d.sources()) {
      Anchor link = new Anchor(s.url(), s.title().isBlank() ? s.url() : s.title());
      link.setTarget(AnchorTarget.BLANK);
      link.getElement().setAttribute("rel", "noopener noreferrer");
      Span stance = new Span(s.stance().label());
      stance
          .getElement()
          .getThemeList()
          .add(
              switch (s.stance()) {
                case SUPPORTS -> "badge success";
                case REFUTES -> "badge error";
                case CONTEXT -> "badge contrast";
              });
      Span meta =
          new Span(
              String.join(
                  " \u00b7 ",
                  nonBlank(
                      s.publisher(),
                      s.publishedOn() == null ? "" : s.publishedOn().toString(),
                      s.figure().isEmpty()
                          ? ""
                          : "figure: "
                              + s.figure()
                              + (s.figureAsOf() == null ? "" : " as of " + s.figureAsOf()))));
      meta.addClassName("fb-muted");
      Div item = new Div(new HorizontalLayout(stance, link), meta);
      if (!s.passage().isBlank()) {
        Paragraph passage = new Paragraph("\u201c" + s.passage() + "\u201d");
        passage.addClassName("fb-muted");
        item.add(passage);
      }
      if (canEdit()) {
        Button remove =
            new Button("Remove", e -> run(() -> claims.removeSource(workspaceId, d.id(), s.id())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        item.add(remove);
      }
      item.addClassName("fb-note");
      list.add(item);
    }
    if (d.sources().isEmpty()) {
      list.add(new Span("No sources yet."));
    }
    Details details = new Details("Sources (" + d.sources().size() + ")", list);
    details.setOpened(true);
    details.setWidthFull();
    if (canEdit()) {
      list.add(sourceForm(d));
    }
    return details;
  }

  private Component sourceForm(ClaimDetail d) {
    TextField url = new TextField("URL");
    url.setId("source-url");
    url.setPlaceholder("https://");
    TextField title = new TextField("Title");
    title.setId("source-title");
    TextField publisher = new TextField("Publisher");
    publisher.setId("source-publisher");
    DatePicker published = new DatePicker("Published on");
    Select<Stance> stance = new Select<>();
    stance.setLabel("Stance");
    stance.setItems(Stance.values());
    stance.setItemLabelGenerator(Stance::label);
    stance.setValue(Stance.SUPPORTS);
    stance.setId("source-stance");
    TextArea passage = new TextArea("Quoted passage");
    passage.setId("source-passage");
    TextField reliability = new TextField("Reliability note");
    TextField figure = new TextField("Figure the source gives");
    figure.setId("source-figure");
    figure.setPlaceholder("e.g. 180,000-220,000 or 6.3%");
    figure.setHelperText("Compared with the claim's figure");
    DatePicker figureAsOf = new DatePicker("Figure as of");
    figureAsOf.setId("source-figure-as-of");
    unsaved.addAll(List.of(url, title, publisher, passage, reliability, figure));
    for (var f : List.of(url, title, publisher, passage, reliability, figure)) {
      ((com.vaadin.flow.data.value.HasValueChangeMode) f)
          .setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
    }
    FormLayout form =
        new FormLayout(
            url, title, publisher, published, stance, reliability, figure, figureAsOf, passage);
    form.setColspan(url, 2);
    form.setColspan(passage, 2);
    Button add =
        new Button(
            "Add source",
            e -> {
              try {
                claims.addSource(
                    workspaceId,
                    d.id(),
                    new SourceInput(
                        url.getValue(),
                        title.getValue(),
                        publisher.getValue(),
                        published.getValue(),
                        LocalDate.now(ZoneId.of("UTC")),
                        passage.getValue(),
                        stance.getValue(),
                        reliability.getValue(),
                        figure.getValue(),
                        figureAsOf.getValue()));
                refresh();
              } catch (ValidationFailedException ex) {
                url.setInvalid("url".equals(ex.field()));
                url.setErrorMessage(ex.getMessage());
                figure.setInvalid("figure".equals(ex.field()));
                figure.setErrorMessage(ex.getMessage());
                if (!"url".equals(ex.field()) && !"figure".equals(ex.field())) {
                  error(ex);
                }
              } catch (RuntimeException ex) {
                error(ex);
              }
            });
    add.setId("source-add");
    Details adder = new Details("Add a source", new VerticalLayout(form, add));
    adder.setId("source-form");
    return adder;
  }

  // --------------------------------------------------------------------------------------------
  // figures and the same claim elsewhere

  private static Component figureCheck(ClaimDetail d) {
    Div flag = new Div();
    flag.setId("claim-figure-check");
    flag.addClassName("fb-figure-check");
    if (d.figureCheck() == null) {
      flag.setVisible(false);
      return flag;
    }
    flag.add(VaadinIcon.WARNING.create(), new Span(" Figures disagree: " + d.figureCheck() + "."));
    return flag;
  }

  /**
   * The claim this one repeats, the claims that repeat it, and claims like it across the workspace,
   * which an editor can link as the same claim to reuse their verdict and sources.
   */
  private Component links(ClaimDetail d) {
    VerticalLayout box = new VerticalLayout();
    box.setPadding(false);
    box.setSpacing(false);
    box.setId("claim-links");
    if (d.sameAs() != null) {
      Div same = new Div(new Span("Same claim as "), linkTo(d.sameAs()));
      same.setId("claim-same-as");
      if (canEdit()) {
        Button unlink =
            new Button(
                "Remove link", e -> run(() -> services.matching().unlink(workspaceId, d.id())));
        unlink.setId("claim-unlink");
        unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        same.add(unlink);
      }
      box.add(same);
    }
    if (!d.sameClaims().isEmpty()) {
      Div also = new Div(new Span("Also stated as: "));
      also.setId("claim-same-claims");
      d.sameClaims().forEach(l -> also.add(linkTo(l), new Span(" ")));
      box.add(also);
    }
    VerticalLayout similar = new VerticalLayout();
    similar.setPadding(false);
    similar.setSpacing(false);
    similar.setId("claim-similar");
    Details details = new Details("Similar claims", similar);
    details.setId("claim-similar-details");
    details.setWidthFull();
    // looked up when opened: the panel itself stays one round trip
    details.addOpenedChangeListener(
        e -> {
          if (e.isOpened() && similar.getComponentCount() == 0) {
            fillSimilar(similar, d);
          }
        });
    box.add(details);
    return box;
  }

  private void fillSimilar(VerticalLayout into, ClaimDetail d) {
    var found = services.matching().similar(workspaceId, d.wording(), d.id(), 5);
    if (found.isEmpty()) {
      into.add(new Span("No similar claims in this workspace."));
      return;
    }
    for (var s : found) {
      Div item = new Div(linkTo(s.claim()));
      item.addClassName("fb-note");
      Span why = new Span(String.join(" \u00b7 ", s.reasons()));
      why.addClassName("fb-muted");
      item.add(new Div(why));
      boolean alreadyLinked =
          d.sameAs() != null && d.sameAs().id() == s.claim().id()
              || d.sameClaims().stream().anyMatch(l -> l.id() == s.claim().id());
      if (canEdit() && !alreadyLinked) {
        Button link =
            new Button(
                "Same claim",
                e ->
                    run(() -> services.matching().linkSameAs(workspaceId, d.id(), s.claim().id())));
        link.addThemeVariants(ButtonVariant.LUMO_SMALL);
        link.setTooltipText("Mark this claim as the same claim, to reuse its verdict and sources");
        link.addClassName("fb-link-same");
        item.add(link);
      }
      into.add(item);
    }
  }

  private Component linkTo(org.factbench.claim.ClaimLink l) {
    Anchor a =
        new Anchor(
            "workspaces/" + workspaceId + "/claims/" + l.id(),
            "#" + l.id() + " \u201c" + l.wording() + "\u201d");
    Span state = new Span(l.verdictLabel() != null ? l.verdictLabel() : l.status().label());
    state.getElement().getThemeList().add("badge small");
    if (l.verdictColour() != null) {
      state.getStyle().set("background", l.verdictColour()).set("color", "#fff");
    }
    Span where = new Span(l.documentTitle() == null ? "" : " in " + l.documentTitle());
    where.addClassName("fb-muted");
    return new Span(a, new Span(" "), state, where);
  }

  private static String[] nonBlank(String... parts) {
    return java.util.Arrays.stream(parts)
        .filter(p -> p != null && !p.isBlank())
        .toArray(String[]::new);
  }

  // --------------------------------------------------------------------------------------------
  // the notes

  private Component notes(ClaimDetail d) {
    VerticalLayout thread = new VerticalLayout();
    thread.setPadding(false);
    thread.setSpacing(false);
    thread.setId("claim-notes");
    long me = CurrentUser.get().map(u -> u.getId()).orElse(-1L);
    for (NoteView n : d.notes()) {
      Div body = new Div();
      // rendered from Markdown and cleaned by a safelist in NoteMarkdown: no script, no handlers,
      // no styles
      body.getElement().setProperty("innerHTML", n.html());
      Span meta =
          new Span(
              n.authorName()
                  + " \u00b7 "
                  + WHEN.format(n.createdAt())
                  + (n.editedAt() == null ? "" : " (edited)"));
      meta.addClassName("fb-note-meta");
      Div item = new Div(meta, body);
      item.addClassName("fb-note");
      if (n.authorId() == me && canEdit()) {
        Button edit = new Button("Edit", e -> editNote(item, n));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        item.add(edit);
      }
      thread.add(item);
    }
    if (canEdit()) {
      TextArea text = new TextArea();
      text.setPlaceholder("Add a note for the team (Markdown: *emphasis*, lists, links)");
      text.setWidthFull();
      text.setId("note-text");
      unsaved.add(text);
      text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
      Button add =
          new Button(
              "Add note",
              e -> {
                try {
                  claims.addNote(workspaceId, d.id(), text.getValue());
                  refresh();
                } catch (RuntimeException ex) {
                  error(ex);
                }
              });
      add.setId("note-add");
      thread.add(text, add);
    }
    Details details = new Details("Notes (" + d.notes().size() + ")", thread);
    details.setOpened(true);
    details.setWidthFull();
    return details;
  }

  private void editNote(Div item, NoteView n) {
    TextArea text = new TextArea();
    text.setValue(n.body());
    text.setWidthFull();
    Button save =
        new Button(
            "Save note",
            e -> {
              try {
                claims.editNote(workspaceId, claim.id(), n.id(), text.getValue(), n.version());
                refresh();
              } catch (RuntimeException ex) {
                error(ex);
              }
            });
    item.removeAll();
    item.add(text, new HorizontalLayout(save, new Button("Cancel", e -> refresh())));
  }

  // ----------------------------------------------------------------------------------------- the
  // history

  private Component timeline(ClaimDetail d) {
    VerticalLayout list = new VerticalLayout();
    list.setPadding(false);
    list.setSpacing(false);
    list.addClassName("fb-timeline");
    list.setId("claim-history");
    Details details = new Details("History", list);
    details.setId("history-details");
    Runnable fill =
        () -> {
          if (list.getComponentCount() > 0) {
            return;
          }
          for (HistoryEntry h : history.forClaim(workspaceId, d.id())) {
            String change =
                h.before() == null && h.after() == null
                    ? ""
                    : ": " + show(h.before()) + " \u2192 " + show(h.after());
            Span entry =
                new Span(
                    WHEN.format(h.at())
                        + " \u00b7 "
                        + h.actorName()
                        + " \u00b7 "
                        + h.action()
                        + change
                        + (h.reason() == null
                            ? ""
                            : " \u00b7 \u201c" + show(h.reason()) + "\u201d"));
            list.add(entry);
          }
        };
    details.setWidthFull();
    if (historyOpen) {
      details.setOpened(true);
      fill.run();
    }
    details.addOpenedChangeListener(
        e -> {
          historyOpen = e.isOpened();
          if (e.isOpened()) {
            fill.run();
          }
        });
    return details;
  }

  // ---------------------------------------------------------------------------------------------
  // the review workflow

  private Component workflow(ClaimDetail d) {
    VerticalLayout box = new VerticalLayout();
    box.setPadding(false);
    box.setSpacing(false);
    box.setId("claim-workflow");
    ReviewState r = d.review();
    StringBuilder line =
        new StringBuilder(d.status().label() + " since " + WHEN.format(r.statusChangedAt()));
    if (r.verdictByName() != null) {
      line.append(" \u00b7 verdict proposed by ").append(r.verdictByName());
    }
    if (r.editedByName() != null && !Objects.equals(r.editedBy(), r.verdictBy())) {
      line.append(" \u00b7 last edited by ").append(r.editedByName());
    }
    Span state = new Span(line.toString());
    state.addClassName("fb-muted");
    box.add(state);
    if (r.comment() != null && r.dispute() == null) {
      Div comment = new Div();
      comment.addClassName("fb-review-comment");
      comment.setId("review-comment");
      Span who =
          new Span(
              "Review comment from "
                  + Objects.requireNonNullElse(r.commentByName(), "a reviewer")
                  + " \u00b7 "
                  + WHEN.format(r.commentAt()));
      who.addClassName("fb-note-meta");
      Paragraph text = new Paragraph(r.comment());
      text.getStyle().set("margin", "0").set("white-space", "pre-wrap");
      comment.add(who, text);
      box.add(comment);
    }
    if (r.dispute() != null) {
      box.add(dispute(d, r.dispute()));
    }
    if (canEdit()) {
      HorizontalLayout actions = new HorizontalLayout();
      actions.setId("review-actions");
      actions.getStyle().set("flex-wrap", "wrap");
      for (ReviewOption o : services.review().options(workspaceId, d.id())) {
        Button b = new Button(o.action().label());
        b.setId("review-" + o.action().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (o.action() == ReviewAction.APPROVE || o.action() == ReviewAction.PUBLISH) {
          b.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        } else if (o.action() == ReviewAction.SEND_TO_REVIEW) {
          b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else if (o.action() == ReviewAction.WITHDRAW) {
          b.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        }
        if (!o.allowed()) {
          b.setEnabled(false);
          b.setTooltipText(o.whyNot());
          b.getElement().setAttribute("title", o.whyNot());
        }
        b.addClickListener(e -> act(d, o));
        actions.add(b);
      }
      if (d.status() == ClaimStatus.DISPUTED) {
        ReviewOption resolve = services.review().resolveOption(workspaceId, d.id());
        for (DisputeResolution res : DisputeResolution.values()) {
          Button b = new Button(res.label());
          b.setId("resolve-" + res.name().toLowerCase(Locale.ROOT));
          if (!resolve.allowed()) {
            b.setEnabled(false);
            b.setTooltipText(resolve.whyNot());
            b.getElement().setAttribute("title", resolve.whyNot());
          }
          b.addClickListener(
              e ->
                  askReason(
                      res.label(),
                      "Why? Your reason is shown to the team and kept in the history.",
                      null,
                      (reason, ignored) ->
                          services
                              .review()
                              .resolveDispute(workspaceId, d.id(), res, reason, d.version())));
          actions.add(b);
        }
      }
      if (actions.getComponentCount() > 0) {
        box.add(actions);
      }
    }
    return box;
  }

  private Component dispute(ClaimDetail d, DisputeView v) {
    Div proposed =
        position(
            "Proposed",
            v.originalVerdict(),
            v.originalRationale(),
            Objects.requireNonNullElse(v.originalByName(), "an editor"),
            "dispute-proposed");
    Div disputed =
        position(
            "Disputed by " + v.openedByName() + " \u00b7 " + WHEN.format(v.openedAt()),
            v.proposedVerdict(),
            v.reason(),
            null,
            "dispute-disputed");
    HorizontalLayout sides = new HorizontalLayout(proposed, disputed);
    sides.setWidthFull();
    sides.setId("dispute");
    sides.addClassName("fb-dispute");
    proposed.getStyle().set("flex", "1 1 0");
    disputed.getStyle().set("flex", "1 1 0");
    return sides;
  }

  private Div position(String title, Verdict verdict, String text, String by, String id) {
    H4 heading = new H4(by == null ? title : title + " by " + by);
    heading.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0");
    Paragraph body = new Paragraph(text == null || text.isBlank() ? "(no rationale)" : text);
    body.getStyle().set("white-space", "pre-wrap").set("margin", "var(--lumo-space-xs) 0 0 0");
    Div side = new Div(heading, badge(verdict), body);
    side.addClassName("fb-position");
    side.setId(id);
    return side;
  }

  /** Runs a workflow step, asking first for a reason (and for a dispute, a verdict) if needed. */
  private void act(ClaimDetail d, ReviewOption o) {
    long version = d.version();
    if (o.action() == ReviewAction.DISPUTE) {
      askReason(
          "Dispute the verdict",
          "Why do you disagree? Your reason is shown next to the proposed verdict.",
          scale.stream().filter(v -> d.verdict() == null || v.id() != d.verdict().id()).toList(),
          (reason, verdict) ->
              services
                  .review()
                  .dispute(
                      workspaceId, d.id(), verdict == null ? null : verdict.id(), reason, version));
    } else if (o.needsReason()) {
      askReason(
          o.action().label(),
          o.action() == ReviewAction.RETURN
              ? "What should the editor do next? They see your comment on the claim."
              : "Why? Your reason is kept in the claim's history.",
          null,
          (reason, ignored) ->
              services.review().transition(workspaceId, d.id(), o.action(), reason, version));
    } else {
      step(() -> services.review().transition(workspaceId, d.id(), o.action(), null, version));
    }
  }

  private interface Decision {
    ClaimDetail decide(String reason, Verdict verdict);
  }

  private void askReason(String title, String prompt, List<Verdict> verdicts, Decision decision) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(title);
    dialog.setWidth("min(32rem, 95vw)");
    ComboBox<Verdict> verdict = new ComboBox<>("Your verdict");
    verdict.setId("review-verdict");
    verdict.setWidthFull();
    if (verdicts != null) {
      verdict.setItems(verdicts);
      verdict.setItemLabelGenerator(Verdict::label);
      dialog.add(verdict);
    }
    TextArea reason = new TextArea(prompt);
    reason.setId("review-reason");
    reason.setWidthFull();
    reason.setMinHeight("6rem");
    reason.setMaxLength(5000);
    dialog.add(reason);
    Button confirm =
        new Button(
            title,
            e -> {
              try {
                ClaimDetail after = decision.decide(reason.getValue(), verdict.getValue());
                dialog.close();
                shown(after);
              } catch (ValidationFailedException ex) {
                if ("verdict".equals(ex.field())) {
                  verdict.setInvalid(true);
                  verdict.setErrorMessage(ex.getMessage());
                } else {
                  reason.setInvalid(true);
                  reason.setErrorMessage(ex.getMessage());
                }
              } catch (RuntimeException ex) {
                dialog.close();
                error(ex);
                refresh();
              }
            });
    confirm.setId("review-confirm");
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
    dialog.open();
    reason.focus();
  }

  private void step(java.util.function.Supplier<ClaimDetail> action) {
    try {
      shown(action.get());
    } catch (RuntimeException e) {
      error(e);
      refresh();
    }
  }

  private void shown(ClaimDetail after) {
    show(after);
    onChanged.accept(after);
    Notification.show(after.status().label() + ".", 2500, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  /**
   * Someone changed a claim in this workspace. If it is this one and it now differs from what the
   * panel shows, show it as it is now; but if the user has typed anything not yet saved, keep it
   * and offer the latest version instead (a save would then show both, see the conflict box).
   */
  void changed(org.factbench.base.live.Change change) {
    if (claim == null || !change.concerns(claim.id())) {
      return;
    }
    ClaimDetail fresh;
    try {
      fresh = services.claims().detail(workspaceId, claim.id());
    } catch (org.factbench.base.NotFoundException e) {
      stale.removeAll();
      stale.add(new Span("Someone deleted this claim. Copy anything you still need."));
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
    replacePart(headerPart, headerPart = header(fresh));
    replacePart(workflowPart, workflowPart = workflow(fresh));
    if (!typing) {
      replacePart(sourcesPart, sourcesPart = sources(fresh));
      replacePart(notesPart, notesPart = notes(fresh));
    }
    replacePart(historyPart, historyPart = timeline(fresh));
    replacePart(figurePart, figurePart = figureCheck(fresh));
    replacePart(linksPart, linksPart = links(fresh));
    lockContent(fresh.status());
    if (before.toEdit().sameFields(fresh.toEdit())) {
      // nothing in the form changed: the form simply moves on to the new version
      binder.getBean().setVersion(fresh.version());
      claim = fresh;
      if (!typing) {
        stale.setVisible(false);
      }
    } else {
      claim = before;
      stale.removeAll();
      Button latest = new Button("Show the latest version", e -> show(fresh));
      latest.setId("claim-show-latest");
      latest.addThemeVariants(ButtonVariant.LUMO_SMALL);
      stale.add(
          new Span(
              Objects.requireNonNullElse(fresh.updatedByName(), "Someone")
                  + " changed this claim. Your input is kept; saving shows both versions. "),
          latest);
      stale.setVisible(true);
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }

  private void replacePart(Component old, Component now) {
    if (old != null && old.getParent().isPresent()) {
      replace(old, now);
    }
  }

  /** Content is read-only while the claim is under review or decided. */
  private void lockContent(ClaimStatus status) {
    if (!canEdit()) {
      return;
    }
    boolean locked = Workflow.CONTENT_LOCKED.contains(status);
    for (var field : contentFields) {
      field.setReadOnly(locked);
      if (field instanceof com.vaadin.flow.component.HasHelper h) {
        h.setHelperText(
            locked ? "Locked while " + status.label().toLowerCase(java.util.Locale.ROOT) : null);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------ misc

  private void refresh() {
    ClaimDetail fresh = claims.detail(workspaceId, claim.id());
    show(fresh);
    onChanged.accept(fresh);
  }

  private void run(Runnable action) {
    try {
      action.run();
      refresh();
    } catch (RuntimeException e) {
      error(e);
    }
  }

  private static void error(RuntimeException e) {
    Notification.show(UserMessages.of(e), 6000, Notification.Position.TOP_CENTER)
        .addThemeVariants(NotificationVariant.LUMO_ERROR);
  }
}
