package io.outsight.core.vendor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** The vendor's named contact for this customer relationship. */
@Embeddable
public class ContactPerson {

  @Column(name = "contact_name")
  private String name;

  @Column(name = "contact_email")
  private String email;

  protected ContactPerson() {}

  public ContactPerson(String name, String email) {
    this.name = requireText(name, "contact name");
    this.email = requireText(email, "contact e-mail");
  }

  static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value.strip();
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContactPerson that
        && Objects.equals(name, that.name)
        && Objects.equals(email, that.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, email);
  }
}
