package org.factbench.claim.panel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.ClaimEdit;
import org.factbench.claim.ClaimQueries;
import org.factbench.claim.ClaimService;
import org.factbench.claim.ClaimStatus;
import org.factbench.claim.EditConflictException;
import org.factbench.claim.Verdict;
import org.factbench.workspace.Member;

/**
 * The claim's editable fields in a form whose {@link Binder} edits a {@link ClaimForm} carrying the
 * version the user loaded; Save and Delete. A save that meets a newer save opens the {@link
 * ConflictBox} above the form.
 */
class ClaimFormPart {

  private final ClaimService claims;
  private final ClaimQueries queries;
  private final PanelContext context;
  private final ClaimPanel panel;
  private final Binder<ClaimForm> binder = new Binder<>();
  private final ConflictBox conflict = new ConflictBox();
  private List<HasValue<?, ?>> contentFields = List.of();

  ClaimFormPart(ClaimService claims, ClaimQueries queries, PanelContext context, ClaimPanel panel) {
    this.claims = claims;
    this.queries = queries;
    this.context = context;
    this.panel = panel;
  }

  Component render(ClaimDetail d) {
    conflict.hide();
    TextArea wording = new TextArea(Messages.t("claim.form.wording"));
    wording.setId("claim-wording");
    wording.setWidthFull();
    wording.setMaxLength(5000);
    ComboBox<String> claimant = claimantField();
    TextField time = new TextField(Messages.t("claim.form.time"));
    time.setId("claim-time");
    time.setPlaceholder(Messages.t("claim.form.time.placeholder"));
    TextField tags = new TextField(Messages.t("claim.form.tags"));
    tags.setId("claim-tags");
    tags.setHelperText(Messages.t("claim.form.tags.helper"));
    ComboBox<Member> assignee = new ComboBox<>(Messages.t("claim.form.assignee"));
    assignee.setItems(context.members());
    assignee.setItemLabelGenerator(Member::displayName);
    assignee.setClearButtonVisible(true);
    ComboBox<Verdict> verdict = new ComboBox<>(Messages.t("claim.form.verdict"));
    verdict.setItems(context.scale());
    verdict.setItemLabelGenerator(Verdict::label);
    verdict.setClearButtonVisible(true);
    verdict.setId("claim-verdict");
    TextArea rationale = new TextArea(Messages.t("claim.form.rationale"));
    rationale.setId("claim-rationale");
    rationale.setWidthFull();
    rationale.setMinHeight("6rem");

    // the server learns of typing as it happens, so a live reload never wipes unsaved input
    for (var f : List.of(wording, time, tags, rationale)) {
      f.setValueChangeMode(ValueChangeMode.LAZY);
    }
    binder.removeBean();
    binder
        .forField(wording)
        .asRequired(Messages.t("claim.form.wording.required"))
        .bind(ClaimForm::getWording, ClaimForm::setWording);
    binder.forField(claimant).bind(ClaimForm::getClaimant, ClaimForm::setClaimant);
    binder
        .forField(time)
        .withValidator(TimePositions::isValid, Messages.t("claim.form.time.invalid"))
        .bind(ClaimForm::getTimePosition, ClaimForm::setTimePosition);
    binder.forField(tags).bind(ClaimForm::getTags, ClaimForm::setTags);
    binder.forField(assignee).bind(ClaimForm::getAssignee, ClaimForm::setAssignee);
    binder.forField(verdict).bind(ClaimForm::getVerdict, ClaimForm::setVerdict);
    binder.forField(rationale).bind(ClaimForm::getRationale, ClaimForm::setRationale);
    binder.setBean(ClaimForm.of(d, context.members()));
    binder.setReadOnly(!context.canEdit());
    contentFields = List.of(wording, claimant, verdict, rationale);
    lock(d.status());

    FormLayout layout = new FormLayout(wording, claimant, time, tags, assignee, verdict, rationale);
    layout.setColspan(wording, 2);
    layout.setColspan(rationale, 2);
    layout.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("420px", 2));
    VerticalLayout box = new VerticalLayout(conflict, layout);
    box.setPadding(false);
    if (context.canEdit()) {
      Button save = new Button(Messages.t("claim.form.save"), e -> save(binder.getBean().toEdit()));
      save.setId("claim-save");
      save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      Button delete =
          new Button(Messages.t("claim.form.delete"), VaadinIcon.TRASH.create(), e -> delete());
      delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      delete.setId("claim-delete");
      box.add(new HorizontalLayout(save, delete));
    }
    return box;
  }

  private ComboBox<String> claimantField() {
    ComboBox<String> claimant = new ComboBox<>(Messages.t("claim.form.claimant"));
    claimant.setId("claim-claimant");
    claimant.setAllowCustomValue(true);
    List<String> names = new ArrayList<>(queries.claimantNames(context.workspaceId(), ""));
    claimant.setItems(names);
    claimant.addCustomValueSetListener(
        e -> {
          if (!names.contains(e.getDetail())) {
            names.add(e.getDetail());
            claimant.setItems(names);
          }
          claimant.setValue(e.getDetail());
        });
    return claimant;
  }

  /** The form moves on to {@code version} when the claim changed in nothing the form shows. */
  void advanceTo(long version) {
    binder.getBean().setVersion(version);
  }

  private void save(ClaimEdit edit) {
    if (!binder.validate().isOk()) {
      return;
    }
    try {
      ClaimDetail saved = claims.update(context.workspaceId(), context.claim().id(), edit);
      panel.show(saved);
      panel.changedByUser(saved);
      Notification.show(Messages.t("claim.form.saved"), 2000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    } catch (EditConflictException e) {
      ClaimEdit base = context.claim().toEdit();
      ClaimDetail theirs = e.current();
      conflict.show(
          base,
          edit,
          theirs,
          this::label,
          () -> panel.show(theirs),
          () -> {
            // only the fields this user changed replace theirs; everything else stays as they
            // saved it
            ClaimEdit merged = ConflictBox.merge(base, binder.getBean().toEdit(), theirs.toEdit());
            panel.adopt(theirs);
            save(merged);
          });
    } catch (RuntimeException e) {
      context.error(e);
    }
  }

  private String label(Long ratingId) {
    return ratingId == null
        ? null
        : context.scale().stream()
            .filter(v -> v.id() == ratingId)
            .map(Verdict::label)
            .findFirst()
            .orElse("?");
  }

  private void delete() {
    try {
      claims.delete(context.workspaceId(), context.claim().id());
      Notification.show(Messages.t("claim.form.deleted"));
      panel.removeAll();
      panel.changedByUser(null);
    } catch (RuntimeException e) {
      context.error(e);
    }
  }

  /** Content is read-only while the claim is under review or decided. */
  void lock(ClaimStatus status) {
    if (!context.canEdit()) {
      return;
    }
    boolean locked = status.locksContent();
    for (var field : contentFields) {
      field.setReadOnly(locked);
      if (field instanceof HasHelper h) {
        h.setHelperText(
            locked
                ? Messages.t(
                    "claim.form.locked",
                    Messages.t(status.labelKey()).toLowerCase(Messages.locale()))
                : null);
      }
    }
  }
}
