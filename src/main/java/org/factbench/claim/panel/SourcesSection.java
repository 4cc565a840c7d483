package org.factbench.claim.panel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.factbench.base.ValidationFailedException;
import org.factbench.base.ui.Messages;
import org.factbench.claim.ClaimDetail;
import org.factbench.claim.Evidence;
import org.factbench.claim.SourceInput;
import org.factbench.claim.SourceService;
import org.factbench.claim.Stance;

/** The claim's sources with their stance and passage, and a form to add one. */
@org.springframework.stereotype.Component
class SourcesSection extends AbstractPanelSection {

  private final SourceService sources;

  SourcesSection(SourceService sources) {
    super(50, true);
    this.sources = sources;
  }

  @Override
  protected Component render(PanelContext context, ClaimDetail d) {
    VerticalLayout list = PanelParts.box("claim-sources");
    for (Evidence s : d.sources()) {
      list.add(item(context, d, s));
    }
    if (d.sources().isEmpty()) {
      list.add(new Span(Messages.t("claim.sources.empty")));
    }
    Details details =
        new Details(Messages.t("claim.sources.title", String.valueOf(d.sources().size())), list);
    details.setOpened(true);
    details.setWidthFull();
    if (context.canEdit()) {
      list.add(form(context, d));
    }
    return details;
  }

  private Div item(PanelContext context, ClaimDetail d, Evidence s) {
    Anchor link = new Anchor(s.url(), s.title().isBlank() ? s.url() : s.title());
    link.setTarget(AnchorTarget.BLANK);
    link.getElement().setAttribute("rel", "noopener noreferrer");
    Span stance = new Span(Messages.t(s.stance().labelKey()));
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
                        : s.figureAsOf() == null
                            ? Messages.t("claim.sources.figure", s.figure())
                            : Messages.t(
                                "claim.sources.figure-as-of",
                                s.figure(),
                                s.figureAsOf().toString()))));
    meta.addClassName("fb-muted");
    Div item = new Div(new HorizontalLayout(stance, link), meta);
    if (!s.passage().isBlank()) {
      Paragraph passage = new Paragraph("\u201c" + s.passage() + "\u201d");
      passage.addClassName("fb-muted");
      item.add(passage);
    }
    if (context.canEdit()) {
      Button remove =
          new Button(
              Messages.t("claim.sources.remove"),
              e -> context.run(() -> sources.removeSource(context.workspaceId(), d.id(), s.id())));
      remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
      item.add(remove);
    }
    item.addClassName("fb-note");
    return item;
  }

  private Component form(PanelContext context, ClaimDetail d) {
    TextField url = new TextField(Messages.t("claim.sources.url"));
    url.setId("source-url");
    url.setPlaceholder("https://");
    TextField title = new TextField(Messages.t("claim.sources.title-field"));
    title.setId("source-title");
    TextField publisher = new TextField(Messages.t("claim.sources.publisher"));
    publisher.setId("source-publisher");
    DatePicker published = new DatePicker(Messages.t("claim.sources.published"));
    Select<Stance> stance = new Select<>();
    stance.setLabel(Messages.t("claim.sources.stance"));
    stance.setItems(Stance.values());
    stance.setItemLabelGenerator(s -> Messages.t(s.labelKey()));
    stance.setValue(Stance.SUPPORTS);
    stance.setId("source-stance");
    TextArea passage = new TextArea(Messages.t("claim.sources.passage"));
    passage.setId("source-passage");
    TextField reliability = new TextField(Messages.t("claim.sources.reliability"));
    TextField figure = new TextField(Messages.t("claim.sources.figure-field"));
    figure.setId("source-figure");
    figure.setPlaceholder(Messages.t("claim.sources.figure-field.placeholder"));
    figure.setHelperText(Messages.t("claim.sources.figure-field.helper"));
    DatePicker figureAsOf = new DatePicker(Messages.t("claim.sources.figure-as-of-field"));
    figureAsOf.setId("source-figure-as-of");
    for (var f : List.of(url, title, publisher, passage, reliability, figure)) {
      context.keepsInput(f);
      ((HasValueChangeMode) f).setValueChangeMode(ValueChangeMode.LAZY);
    }
    FormLayout form =
        new FormLayout(
            url, title, publisher, published, stance, reliability, figure, figureAsOf, passage);
    form.setColspan(url, 2);
    form.setColspan(passage, 2);
    Button add =
        new Button(
            Messages.t("claim.sources.add"),
            e -> {
              try {
                sources.addSource(
                    context.workspaceId(),
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
                context.refresh();
              } catch (ValidationFailedException ex) {
                url.setInvalid("url".equals(ex.field()));
                url.setErrorMessage(ex.getMessage());
                figure.setInvalid("figure".equals(ex.field()));
                figure.setErrorMessage(ex.getMessage());
                if (!"url".equals(ex.field()) && !"figure".equals(ex.field())) {
                  context.error(ex);
                }
              } catch (RuntimeException ex) {
                context.error(ex);
              }
            });
    add.setId("source-add");
    Details adder =
        new Details(Messages.t("claim.sources.add-a-source"), new VerticalLayout(form, add));
    adder.setId("source-form");
    return adder;
  }

  private static String[] nonBlank(String... parts) {
    return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toArray(String[]::new);
  }
}
