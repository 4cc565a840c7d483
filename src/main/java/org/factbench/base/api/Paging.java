package org.factbench.base.api;

import org.factbench.base.ValidationFailedException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Turns the {@code page} and {@code size} parameters of a list request into a page request. */
public final class Paging {

  public static final int DEFAULT_SIZE = 50;

  /** Larger sizes are cut to this. */
  public static final int MAX_SIZE = 200;

  private Paging() {}

  /**
   * The page {@code page} (from 0, default 0) of {@code size} items (default {@value
   * #DEFAULT_SIZE}, at most {@value #MAX_SIZE}).
   */
  public static Pageable of(Integer page, Integer size, Sort sort) {
    int number = page == null ? 0 : page;
    int length = size == null ? DEFAULT_SIZE : size;
    if (number < 0) {
      throw new ValidationFailedException("page", "Pages are numbered from 0.");
    }
    if (length < 1) {
      throw new ValidationFailedException(
          "size", "Ask for at least 1 item a page (at most " + MAX_SIZE + ").");
    }
    return PageRequest.of(number, Math.min(length, MAX_SIZE), sort);
  }
}
