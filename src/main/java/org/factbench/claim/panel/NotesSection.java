package org.factbench.claim.panel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.NoteService;
import org.factbench.claim.NoteView;
import org.factbench.security.CurrentUser;

/** The claim's notes for the team, in safe Markdown; each author may edit their own. */
@org.springframework.stereotype.Component
class NotesSection extends AbstractPanelSection {

  private final NoteService notes;

  NotesSection(NoteService notes) {
    super(60, true);
    this.notes = notes;
  }

  @Override
  protected Component render(PanelContext context, ClaimDetail d) {
    VerticalLayout thread = PanelParts.box("claim-notes");
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
                  + PanelParts.WHEN.format(n.createdAt())
                  + (n.editedAt() == null ? "" : " " + Messages.t("claim.notes.edited")));
      meta.addClassName("fb-note-meta");
      Div item = new Div(meta, body);
      item.addClassName("fb-note");
      if (n.authorId() == me && context.canEdit()) {
        Button edit = new Button(Messages.t("claim.notes.edit"), e -> edit(context, item, d, n));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        item.add(edit);
      }
      thread.add(item);
    }
    if (context.canEdit()) {
      TextArea text = new TextArea();
      text.setPlaceholder(Messages.t("claim.notes.placeholder"));
      text.setWidthFull();
      text.setId("note-text");
      context.keepsInput(text);
      text.setValueChangeMode(ValueChangeMode.LAZY);
      Button add =
          new Button(
              Messages.t("claim.notes.add"),
              e ->
                  context.run(() -> notes.addNote(context.workspaceId(), d.id(), text.getValue())));
      add.setId("note-add");
      thread.add(text, add);
    }
    Details details =
        new Details(Messages.t("claim.notes.title", String.valueOf(d.notes().size())), thread);
    details.setOpened(true);
    details.setWidthFull();
    return details;
  }

  private void edit(PanelContext context, Div item, ClaimDetail d, NoteView n) {
    TextArea text = new TextArea();
    text.setValue(n.body());
    text.setWidthFull();
    Button save =
        new Button(
            Messages.t("claim.notes.save"),
            e ->
                context.run(
                    () ->
                        notes.editNote(
                            context.workspaceId(), d.id(), n.id(), text.getValue(), n.version())));
    item.removeAll();
    item.add(
        text,
        new HorizontalLayout(
            save, new Button(Messages.t("claim.notes.cancel"), e -> context.refresh())));
  }
}
