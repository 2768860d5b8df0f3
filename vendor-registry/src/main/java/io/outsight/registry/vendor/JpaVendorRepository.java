package io.outsight.registry.vendor;

import io.outsight.core.vendor.BusinessId;
import io.outsight.core.vendor.ServiceOffering;
import io.outsight.core.vendor.Vendor;
import io.outsight.core.vendor.VendorOrder;
import io.outsight.core.vendor.VendorRepository;
import io.outsight.core.vendor.VendorSearch;
import io.outsight.core.vendor.VendorStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Vendors in JPA; joins the caller's transaction. Filters, order and paging become SQL. */
@ApplicationScoped
public class JpaVendorRepository implements VendorRepository {

  @PersistenceContext(unitName = "outsight")
  private EntityManager em;

  @Override
  public void add(Vendor vendor) {
    em.persist(vendor);
    // Surfaces a unique-key race with another registration here rather than at commit.
    em.flush();
  }

  @Override
  public void saveChanges(Vendor vendor) {
    em.flush();
  }

  @Override
  public Optional<Vendor> find(long id) {
    return Optional.ofNullable(em.find(Vendor.class, id));
  }

  @Override
  public Optional<Vendor> findByBusinessId(BusinessId businessId) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Vendor> query = cb.createQuery(Vendor.class);
    Root<Vendor> vendor = query.from(Vendor.class);
    query.where(cb.equal(vendor.get("businessId").get("value"), businessId.value()));
    return em.createQuery(query).getResultStream().findFirst();
  }

  @Override
  public List<Vendor> search(VendorSearch search, VendorOrder order, int first, int pageSize) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Vendor> query = cb.createQuery(Vendor.class);
    Root<Vendor> vendor = query.from(Vendor.class);
    query.where(matching(cb, vendor, search));
    Expression<?> key = sortKey(cb, vendor, order.key());
    query.orderBy(
        order.ascending() ? cb.asc(key) : cb.desc(key),
        order.ascending() ? cb.asc(vendor.get("id")) : cb.desc(vendor.get("id")));
    return em.createQuery(query).setFirstResult(first).setMaxResults(pageSize).getResultList();
  }

  @Override
  public long count(VendorSearch search) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Vendor> vendor = query.from(Vendor.class);
    query.select(cb.count(vendor)).where(matching(cb, vendor, search));
    return em.createQuery(query).getSingleResult();
  }

  @Override
  public List<Vendor> reassessmentDueBefore(LocalDate day) {
    return em.createQuery(
            "select v from Vendor v where v.reassessBy < :day and v.status in :assessed order by v.reassessBy",
            Vendor.class)
        .setParameter("day", day)
        .setParameter(
            "assessed",
            List.of(
                VendorStatus.APPROVED, VendorStatus.CONDITIONALLY_APPROVED, VendorStatus.ACTIVE))
        .getResultList();
  }

  private static Predicate[] matching(
      CriteriaBuilder cb, Root<Vendor> vendor, VendorSearch search) {
    List<Predicate> predicates = new ArrayList<>();
    if (hasText(search.nameContains())) {
      String pattern = "%" + likeLiteral(search.nameContains().toLowerCase(Locale.ROOT)) + "%";
      predicates.add(cb.like(cb.lower(vendor.get("name")), pattern, '\\'));
    }
    if (hasText(search.businessIdStartsWith())) {
      String pattern = likeLiteral(search.businessIdStartsWith().toUpperCase(Locale.ROOT)) + "%";
      predicates.add(cb.like(vendor.get("businessId").get("value"), pattern, '\\'));
    }
    if (hasText(search.country())) {
      predicates.add(cb.equal(vendor.get("country"), search.country()));
    }
    if (search.service() != null) {
      predicates.add(cb.isMember(search.service(), vendor.<Set<ServiceOffering>>get("services")));
    }
    if (search.status() != null) {
      predicates.add(cb.equal(vendor.get("status"), search.status()));
    }
    return predicates.toArray(Predicate[]::new);
  }

  private static Expression<?> sortKey(
      CriteriaBuilder cb, Root<Vendor> vendor, VendorOrder.Key key) {
    return switch (key) {
      case NAME -> cb.lower(vendor.get("name"));
      case BUSINESS_ID -> vendor.get("businessId").get("value");
      case COUNTRY -> vendor.get("country");
      case STATUS -> vendor.get("status");
      case REGISTERED_AT -> vendor.get("registeredAt");
    };
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  /** The user's text matched literally: % and _ are not wildcards for them. */
  private static String likeLiteral(String text) {
    return text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
