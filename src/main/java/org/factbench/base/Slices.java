package org.factbench.base;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/** Slices of lazy lists, read without a {@code COUNT(*)}. */
public final class Slices {

  private Slices() {}

  /**
   * A page read with one row more than its size ({@code limit page.size + 1}): that row only tells
   * whether more follow.
   */
  public static <T> Slice<T> of(List<T> rows, Pageable page) {
    boolean more = rows.size() > page.getPageSize();
    return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
  }

  /**
   * Ends {@code sql} with the page's {@code limit} (one row more than its size, for {@link #of})
   * and {@code offset}, as the named parameters {@code :limit} and {@code :offset}.
   */
  public static void limit(StringBuilder sql, Map<String, Object> params, Pageable page) {
    sql.append(" limit :limit offset :offset");
    params.put("limit", page.getPageSize() + 1);
    params.put("offset", page.getOffset());
  }
}
