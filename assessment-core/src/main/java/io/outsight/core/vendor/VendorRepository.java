package io.outsight.core.vendor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The registry's vendors; paging, sorting and filtering happen in the database. */
public interface VendorRepository {

  void add(Vendor vendor);

  /**
   * Writes a changed vendor now, so that a concurrent change is refused before the caller returns.
   */
  void saveChanges(Vendor vendor);

  Optional<Vendor> find(long id);

  Optional<Vendor> findByBusinessId(BusinessId businessId);

  List<Vendor> search(VendorSearch search, VendorOrder order, int first, int pageSize);

  long count(VendorSearch search);

  /** Vendors approved or active whose next assessment was due before the given day. */
  List<Vendor> reassessmentDueBefore(LocalDate day);
}
