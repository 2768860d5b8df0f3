package io.outsight.registry.contract;

import io.outsight.core.contract.Contract;
import io.outsight.core.rules.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/**
 * How the services find a contract: by id, refusing one that does not exist with {@code
 * contract.unknown}, or by reference; locked where they write, with the lock the ledger's writes
 * take, so that whatever they read of the contract's figures does not change until they commit.
 */
public final class ContractLookup {

  private ContractLookup() {}

  /** The contract with the id. */
  public static Contract found(EntityManager em, long contractId) {
    return Optional.ofNullable(em.find(Contract.class, contractId))
        .orElseThrow(() -> unknown(contractId));
  }

  /** The contract with the id, locked until the transaction ends. */
  public static Contract locked(EntityManager em, long contractId) {
    return Optional.ofNullable(em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE))
        .orElseThrow(() -> unknown(contractId));
  }

  /** The contract with the reference, if there is one. */
  public static Optional<Contract> byReference(EntityManager em, String reference) {
    return em.createQuery("select c from Contract c where c.reference = :reference", Contract.class)
        .setParameter("reference", reference)
        .getResultStream()
        .findFirst();
  }

  /**
   * The contract with the reference, if there is one, locked until the transaction ends. The
   * transaction's changes are not flushed before the lookup: nothing its callers change bears on
   * which contract a reference names, they look up each contract of a file or batch as they reach
   * it, and a flush compares every entity the transaction holds, so a file of 10,000 contracts
   * spent 85 % of its import comparing the contracts it had looked up already.
   *
   * <p>The row is locked by a plain {@code select ... for update} and the contract then found by
   * its id: EclipseLink prepares a locking query afresh at every call, which cost a 100,000-line
   * file of a thousand contracts 0.8 s of its 5.9. A contract read earlier in the transaction is
   * read again when the locked row's version shows it changed meanwhile: its callers lock a
   * contract before they change it, so no change of theirs is lost to that reading.
   */
  public static Optional<Contract> lockedByReference(EntityManager em, String reference) {
    List<?> rows =
        em.createNativeQuery("select id, version from contract where reference = ? for update")
            .setParameter(1, reference)
            .setFlushMode(FlushModeType.COMMIT)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(Object[].class::cast)
        .map(
            row -> {
              Contract contract = found(em, ((Number) row[0]).longValue());
              if (contract.version() != ((Number) row[1]).longValue()) {
                em.refresh(contract);
              }
              return contract;
            });
  }

  private static RuleViolation unknown(long contractId) {
    return new RuleViolation(
        "contract.unknown", "No contract " + contractId, List.of(String.valueOf(contractId)));
  }
}
