package io.outsight.core.vendor;

import java.io.Serializable;

/**
 * The filters of the vendor list; a null or blank filter does not restrict. Text filters ignore
 * case: the name matches anywhere, the business ID from its start.
 */
public record VendorSearch(
    String nameContains,
    String businessIdStartsWith,
    String country,
    ServiceOffering service,
    VendorStatus status)
    implements Serializable {

  public static final VendorSearch ALL = new VendorSearch(null, null, null, null, null);
}
