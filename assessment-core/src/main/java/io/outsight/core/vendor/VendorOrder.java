package io.outsight.core.vendor;

import java.io.Serializable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the vendor list is sorted; ties are broken by id so that paging is stable. */
public record VendorOrder(Key key, boolean ascending) implements Serializable {

  public static final VendorOrder BY_NAME = new VendorOrder(Key.NAME, true);

  @Schema(name = "VendorSortKey")
  public enum Key {
    NAME,
    BUSINESS_ID,
    COUNTRY,
    STATUS,
    REGISTERED_AT
  }

  public VendorOrder {
    if (key == null) {
      throw new IllegalArgumentException("a sort key is required");
    }
  }
}
