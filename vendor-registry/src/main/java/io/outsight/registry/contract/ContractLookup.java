package io.outsight.registry.contract;

import io.outsight.core.contract.Contract;
import io.outsight.core.rules.RuleViolation;
import jakarta.persistence.EntityManager;
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

  private static RuleViolation unknown(long contractId) {
    return new RuleViolation(
        "contract.unknown", "No contract " + contractId, List.of(String.valueOf(contractId)));
  }
}
