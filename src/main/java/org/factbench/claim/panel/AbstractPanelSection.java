package org.factbench.claim.panel;

import com.vaadin.flow.component.Component;
import org.factbench.claim.ClaimDetail;

/**
 * A section that draws the claim afresh from the claim and its panel's context each time, keeping
 * nothing between draws: it stands at a fixed {@link #order()}, and says once whether it has inputs
 * of its own that a live update must leave alone ({@link PanelPart#holdsInput()}).
 */
public abstract class AbstractPanelSection implements ClaimPanelSection {

  private final int order;
  private final boolean holdsInput;

  /** A section at {@code order} without inputs of its own. */
  protected AbstractPanelSection(int order) {
    this(order, false);
  }

  /** A section at {@code order}, with inputs of its own when {@code holdsInput}. */
  protected AbstractPanelSection(int order, boolean holdsInput) {
    this.order = order;
    this.holdsInput = holdsInput;
  }

  @Override
  public final int order() {
    return order;
  }

  @Override
  public final PanelPart create(PanelContext context) {
    return new PanelPart() {
      @Override
      public Component render(ClaimDetail claim) {
        return AbstractPanelSection.this.render(context, claim);
      }

      @Override
      public boolean holdsInput() {
        return holdsInput;
      }
    };
  }

  /** The section for {@code claim} in the panel of {@code context}, as a fresh component. */
  protected abstract Component render(PanelContext context, ClaimDetail claim);
}
