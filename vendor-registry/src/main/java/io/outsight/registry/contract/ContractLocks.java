package io.outsight.registry.contract;

import io.outsight.core.contract.Contract;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Locks the contracts a file or batch names, by reference, as the import reaches each, until the
 * transaction ends, so that two submissions for a contract line up.
 *
 * <p>The row is locked by a plain {@code select ... for update}, prepared once for all the
 * contracts of the file on the transaction's connection, and the contract then found by its id:
 * EclipseLink prepared its locking query afresh at every call, which cost a 100,000-line file of a
 * thousand contracts 0.8 s of its 5.9, and a native query prepared again for each contract still
 * cost a twentieth of the import. A contract the transaction read before is read again when the
 * locked row's version shows it changed meanwhile: its callers lock a contract before they change
 * it, so no change of theirs is lost to that reading. Nothing is flushed before the lock: nothing
 * the callers change bears on which contract a reference names.
 */
public final class ContractLocks implements AutoCloseable {

  private final EntityManager em;
  private final PreparedStatement lock;

  /**
   * @param connection a connection taken in the caller's transaction, so that each lock holds until
   *     that transaction ends; the contract itself is read through the entity manager, which sees
   *     what the lock guards whichever connection it reads on, as the callers change nothing before
   *     they lock
   */
  public ContractLocks(EntityManager em, Connection connection) throws SQLException {
    this.em = em;
    this.lock =
        connection.prepareStatement(
            "select id, version from contract where reference = ? for update");
  }

  /** The contract with the reference, if there is one, locked until the transaction ends. */
  public Optional<Contract> lockedByReference(String reference) {
    long id;
    long version;
    try {
      lock.setString(1, reference);
      try (ResultSet row = lock.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        id = row.getLong(1);
        version = row.getLong(2);
      }
    } catch (SQLException failed) {
      throw new PersistenceException("the contract " + reference + " could not be locked", failed);
    }
    Contract contract = ContractLookup.found(em, id);
    if (contract.version() != version) {
      em.refresh(contract);
    }
    return Optional.of(contract);
  }

  @Override
  public void close() throws SQLException {
    lock.close();
  }
}
