package org.factbench.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factbench.base.Contrast;
import org.factbench.base.ui.Messages;
import org.factbench.base.ui.UserMessages;
import org.factbench.base.ui.WorkspaceMenu;
import org.factbench.claim.RatingScale;
import org.factbench.claim.Verdict;
import org.factbench.claim.panel.PanelParts;
import org.factbench.security.Role;
import org.factbench.workspace.WorkspacePage;
import org.factbench.workspace.WorkspaceService;

/**
 * The workspace's rating scale: every member sees it; its admins edit labels, colours, descriptions
 * and positions (the version each admin saw travels with the save).
 */
@Route("workspaces/:workspaceId/scale")
@WorkspaceMenu(title = "claim.nav.rating-scale", order = 80, icon = "vaadin:scale")
@PermitAll
class RatingScaleView extends WorkspacePage {

  private final RatingScale ratings;
  private final Grid<Verdict> grid = new Grid<>(Verdict.class, false);

  RatingScaleView(RatingScale ratings, WorkspaceService workspaces) {
    super(workspaces, "claim.scale.title");
    this.ratings = ratings;
    setSizeFull();
  }

  @Override
  protected void entered(BeforeEnterEvent event) {
    removeAll();
    add(new H2(Messages.t("claim.scale.title")));
    add(new Paragraph(Messages.t("claim.scale.explained")));
    grid.removeAllColumns();
    grid.addColumn(Verdict::position)
        .setHeader(Messages.t("claim.scale.column.position"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addComponentColumn(PanelParts::badge).setHeader(Messages.t("claim.scale.column.label"));
    grid.addColumn(Verdict::colour)
        .setHeader(Messages.t("claim.scale.column.colour"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(Verdict::description)
        .setHeader(Messages.t("claim.scale.column.description"))
        .setFlexGrow(3);
    grid.addColumn(v -> Messages.t(v.onScale() ? "claim.scale.yes" : "claim.scale.no"))
        .setHeader(Messages.t("claim.scale.column.on-scale"))
        .setAutoWidth(true);
    grid.setItems(ratings.of(workspace().id()));
    grid.setId("rating-scale");
    add(grid);
    if (workspace().myRole().includes(Role.ADMIN)) {
      grid.addItemClickListener(e -> edit(e.getItem()));
      add(new Paragraph(Messages.t("claim.scale.click-to-edit")));
    }
  }

  /** What the colour does to its label: the text colour chosen and the contrast it reaches. */
  static String readability(String colour) {
    String c = colour == null ? "" : colour.strip();
    if (!Contrast.isHex(c)) {
      return Messages.t("claim.scale.edit.colour.not-hex");
    }
    String text = Contrast.textOn(c);
    return Messages.t(
        "claim.scale.edit.colour.readable",
        Messages.t(
            text.equals(Contrast.BLACK)
                ? "claim.scale.edit.colour.black"
                : "claim.scale.edit.colour.white"),
        String.format(Messages.locale(), "%.2f", Contrast.ratio(c, text)));
  }

  private void edit(Verdict v) {
    var dialog = new com.vaadin.flow.component.dialog.Dialog();
    dialog.setHeaderTitle(Messages.t("claim.scale.edit.title", v.label()));
    IntegerField position = new IntegerField(Messages.t("claim.scale.edit.position"));
    TextField label = new TextField(Messages.t("claim.scale.edit.label"));
    TextField colour = new TextField(Messages.t("claim.scale.edit.colour"));
    TextField description = new TextField(Messages.t("claim.scale.edit.description"));
    Checkbox onScale = new Checkbox(Messages.t("claim.scale.edit.on-scale"));
    Binder<Verdict> binder = new Binder<>();
    binder.forField(position).asRequired().bind(Verdict::position, null);
    binder.forField(label).asRequired().bind(Verdict::label, null);
    binder.forField(colour).asRequired().bind(Verdict::colour, null);
    binder.forField(description).bind(Verdict::description, null);
    binder.forField(onScale).bind(Verdict::onScale, null);
    binder.readBean(v);
    colour.setId("scale-colour");
    colour.setValueChangeMode(ValueChangeMode.EAGER);
    colour.setHelperText(readability(v.colour()));
    colour.addValueChangeListener(e -> colour.setHelperText(readability(e.getValue())));
    dialog.add(new VerticalLayout(position, label, colour, description, onScale));
    Button save =
        new Button(
            Messages.t("claim.scale.edit.save"),
            e -> {
              try {
                ratings.update(
                    workspace().id(),
                    new Verdict(
                        v.id(),
                        position.getValue() == null ? v.position() : position.getValue(),
                        label.getValue(),
                        colour.getValue(),
                        description.getValue(),
                        onScale.getValue(),
                        v.version()));
                dialog.close();
                grid.setItems(ratings.of(workspace().id()));
              } catch (RuntimeException ex) {
                Notification.show(UserMessages.of(ex), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog
        .getFooter()
        .add(new Button(Messages.t("claim.scale.edit.cancel"), e -> dialog.close()), save);
    dialog.open();
  }
}
