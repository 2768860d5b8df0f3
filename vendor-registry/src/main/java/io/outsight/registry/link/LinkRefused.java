package io.outsight.registry.link;

import jakarta.ejb.ApplicationException;

/**
 * A link that does not open: expired, revoked, for something else, or never issued. Which of these
 * it is, the holder is not told.
 */
@ApplicationException(rollback = true)
public class LinkRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LinkRefused() {
    super("This link does not open");
  }
}
