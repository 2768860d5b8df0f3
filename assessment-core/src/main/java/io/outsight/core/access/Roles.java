package io.outsight.core.access;

/**
 * The three roles of Outsight. Procurement staff decide, assess and govern; auditors read and
 * export but never change anything; administrators manage users, templates and extensions.
 *
 * <p>Constants rather than an enum because {@code @RolesAllowed} needs compile-time strings.
 */
public final class Roles {

  public static final String PROCUREMENT = "PROCUREMENT";
  public static final String AUDITOR = "AUDITOR";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
