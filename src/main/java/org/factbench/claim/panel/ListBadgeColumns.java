package org.factbench.claim.panel;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link ClaimListBadges} of every module into a grid of claims: one narrow column each,
 * filled when the grid loads a page (one call per module and page). Icons are Lit templates, as the
 * other cells of the lists are.
 */
@Component
public class ListBadgeColumns {

  private final List<ClaimListBadges> slots;

  ListBadgeColumns(List<ClaimListBadges> slots) {
    this.slots = List.copyOf(slots);
  }

  /** The columns of one grid, with the badges of the pages it has loaded. */
  public <T> Columns<T> addTo(Grid<T> grid, ToLongFunction<T> id) {
    return new Columns<>(grid, id, slots);
  }

  /** The badge columns of one grid. */
  public static final class Columns<T> {

    private final ToLongFunction<T> id;
    private final List<ClaimListBadges> slots;
    private final List<Map<Long, ClaimListBadges.Badge>> loaded;
    private final List<Grid.Column<T>> columns = new java.util.ArrayList<>();

    private Columns(Grid<T> grid, ToLongFunction<T> id, List<ClaimListBadges> slots) {
      this.id = id;
      this.slots = slots;
      this.loaded =
          slots.stream()
              .map(
                  s ->
                      (Map<Long, ClaimListBadges.Badge>)
                          new ConcurrentHashMap<Long, ClaimListBadges.Badge>())
              .toList();
      for (int k = 0; k < slots.size(); k++) {
        Map<Long, ClaimListBadges.Badge> badges = loaded.get(k);
        columns.add(
            grid.addColumn(
                    LitRenderer.<T>of(
                            "<vaadin-icon icon=\"${item.icon}\" title=\"${item.text}\""
                                + " aria-label=\"${item.text}\" class=\"fb-list-badge\""
                                + " style=\"width: var(--lumo-icon-size-s); height:"
                                + " var(--lumo-icon-size-s); color: ${item.colour};"
                                + " display: ${item.icon ? 'inline-block' : 'none'}\"></vaadin-icon>")
                        .withProperty("icon", row -> icon(badges, row, ClaimListBadges.Badge::icon))
                        .withProperty("text", row -> icon(badges, row, ClaimListBadges.Badge::text))
                        .withProperty(
                            "colour",
                            row -> colour(icon(badges, row, ClaimListBadges.Badge::tone))))
                .setHeader(slots.get(k).header())
                .setWidth("4.5em")
                .setFlexGrow(0));
      }
    }

    /** Shows or hides all the badge columns (a phone's list hides them). */
    public void setVisible(boolean visible) {
      columns.forEach(c -> c.setVisible(visible));
    }

    private String icon(
        Map<Long, ClaimListBadges.Badge> badges,
        T row,
        java.util.function.Function<ClaimListBadges.Badge, String> part) {
      ClaimListBadges.Badge b = badges.get(id.applyAsLong(row));
      return b == null ? null : part.apply(b);
    }

    private static String colour(String tone) {
      return tone == null
          ? "inherit"
          : switch (tone) {
            case "success" -> "var(--lumo-success-color)";
            case "warning" -> "var(--lumo-warning-color, #c47d00)";
            case "error" -> "var(--lumo-error-color)";
            default -> "var(--lumo-contrast-60pct)";
          };
    }

    /** Reads the badges of a page the grid loaded; returns the page. */
    public List<T> load(long workspaceId, List<T> page) {
      if (slots.isEmpty() || page.isEmpty()) {
        return page;
      }
      List<Long> ids = page.stream().map(id::applyAsLong).toList();
      for (int k = 0; k < slots.size(); k++) {
        Map<Long, ClaimListBadges.Badge> badges = loaded.get(k);
        ids.forEach(badges::remove);
        badges.putAll(slots.get(k).badges(workspaceId, ids));
      }
      return page;
    }
  }
}
