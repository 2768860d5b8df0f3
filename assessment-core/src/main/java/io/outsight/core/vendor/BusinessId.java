package io.outsight.core.vendor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The official identifier of a vendor's company, normalised so that one company is registered once.
 *
 * <p>What counts as well-formed depends on the vendor's country:
 *
 * <ul>
 *   <li>Finland: the business ID (Y-tunnus), seven digits, a hyphen and a check digit computed with
 *       the weights 7, 9, 10, 5, 8, 4, 2 modulo 11. Old six-digit numbers get their leading zero.
 *   <li>Other EU member states: the VAT number, prefixed with the member state's code (EL for
 *       Greece).
 *   <li>Elsewhere: the national registration number, 3 to 20 letters, digits and separators.
 * </ul>
 */
@Embeddable
public class BusinessId {

  private static final Pattern FINNISH = Pattern.compile("(\\d{6,7})-(\\d)");
  private static final int[] FINNISH_WEIGHTS = {7, 9, 10, 5, 8, 4, 2};
  private static final Pattern VAT_BODY = Pattern.compile("[A-Z0-9+*]{2,12}");
  private static final Pattern REGISTRATION_NUMBER =
      Pattern.compile("[A-Z0-9][A-Z0-9 ./-]{1,18}[A-Z0-9]");
  private static final Set<String> EU_OTHER_THAN_FINLAND =
      Set.of(
          "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FR", "GR", "HR", "HU", "IE", "IT",
          "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK");
  private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

  @Column(name = "business_id")
  private String value;

  protected BusinessId() {}

  private BusinessId(String value) {
    this.value = value;
  }

  /**
   * The business ID of a company registered in {@code country} (ISO 3166 alpha-2).
   *
   * @throws InvalidBusinessIdException when the ID does not have the country's format
   */
  public static BusinessId of(String country, String raw) {
    Optional<BusinessIdProblem> problem = problemWith(country, raw);
    if (problem.isPresent()) {
      throw new InvalidBusinessIdException(problem.get(), country, raw);
    }
    return new BusinessId(normalise(country, raw));
  }

  /** What is wrong with {@code raw} as a business ID for {@code country}, if anything. */
  public static Optional<BusinessIdProblem> problemWith(String country, String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.of(BusinessIdProblem.MISSING);
    }
    if (country == null || !ISO_COUNTRIES.contains(country)) {
      return Optional.of(BusinessIdProblem.UNKNOWN_COUNTRY);
    }
    String id = normalise(country, raw);
    if (country.equals("FI")) {
      var matcher = FINNISH.matcher(id);
      if (!matcher.matches()) {
        return Optional.of(BusinessIdProblem.FINNISH_FORMAT);
      }
      return finnishCheckDigitHolds(matcher.group(1), matcher.group(2).charAt(0) - '0')
          ? Optional.empty()
          : Optional.of(BusinessIdProblem.FINNISH_CHECK_DIGIT);
    }
    if (EU_OTHER_THAN_FINLAND.contains(country)) {
      String prefix = country.equals("GR") ? "EL" : country;
      boolean wellFormed = id.startsWith(prefix) && VAT_BODY.matcher(id.substring(2)).matches();
      return wellFormed ? Optional.empty() : Optional.of(BusinessIdProblem.VAT_FORMAT);
    }
    return REGISTRATION_NUMBER.matcher(id).matches()
        ? Optional.empty()
        : Optional.of(BusinessIdProblem.REGISTRATION_NUMBER_FORMAT);
  }

  private static String normalise(String country, String raw) {
    String id = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    if ("FI".equals(country) && id.matches("\\d{6}-\\d")) {
      return "0" + id;
    }
    if (EU_OTHER_THAN_FINLAND.contains(country)) {
      return id.replaceAll("[\\s.-]", "");
    }
    return id;
  }

  private static boolean finnishCheckDigitHolds(String digits, int checkDigit) {
    String sevenDigits = digits.length() == 6 ? "0" + digits : digits;
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (sevenDigits.charAt(i) - '0') * FINNISH_WEIGHTS[i];
    }
    int remainder = sum % 11;
    // Remainder 1 would need check digit 10, so the registry never issues such numbers.
    if (remainder == 1) {
      return false;
    }
    return checkDigit == (remainder == 0 ? 0 : 11 - remainder);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BusinessId that && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
