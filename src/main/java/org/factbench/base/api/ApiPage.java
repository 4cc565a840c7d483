package org.factbench.base.api;

import java.util.List;
import org.springframework.data.domain.Slice;

/**
 * One page of a list over HTTP: the items, the page number (from 0), the page size used, and
 * whether another page follows. There is no total: lists are read as slices, never counted.
 */
public record ApiPage<T>(List<T> items, int page, int size, boolean hasNext) {

  public static <T> ApiPage<T> of(Slice<T> slice) {
    return new ApiPage<>(slice.getContent(), slice.getNumber(), slice.getSize(), slice.hasNext());
  }
}
