package io.outsight.core.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VendorTest {

  private static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

  static VendorProfile profile() {
    VendorProfile profile = new VendorProfile();
    profile.setName(" Northwind Sales Oy ");
    profile.setBusinessId("112038-9");
    profile.setCountry("FI");
    profile.setWebsite(" ");
    profile.setContactName("Aino Virtanen");
    profile.setContactEmail("aino.virtanen@northwind.example");
    profile.setServices(List.of(ServiceOffering.LEAD_GENERATION, ServiceOffering.COLD_CALLING));
    return profile;
  }

  @Test
  void aRegisteredVendorIsAProspectWithItsProfileNormalised() {
    Vendor vendor = Vendor.register(profile(), "procurement", NOW);

    assertThat(vendor.status()).isEqualTo(VendorStatus.PROSPECT);
    assertThat(vendor.name()).isEqualTo("Northwind Sales Oy");
    assertThat(vendor.businessId().value()).isEqualTo("0112038-9");
    assertThat(vendor.website()).isNull();
    assertThat(vendor.contact())
        .isEqualTo(new ContactPerson("Aino Virtanen", "aino.virtanen@northwind.example"));
    assertThat(vendor.services())
        .containsExactly(ServiceOffering.LEAD_GENERATION, ServiceOffering.COLD_CALLING);
    assertThat(vendor.registeredBy()).isEqualTo("procurement");
    assertThat(vendor.registeredAt()).isEqualTo(NOW);
  }

  @Test
  void refusesAVendorWhoseBusinessIdDoesNotFitItsCountry() {
    VendorProfile profile = profile();
    profile.setCountry("SE");

    assertThatThrownBy(() -> Vendor.register(profile, "procurement", NOW))
        .isInstanceOf(InvalidBusinessIdException.class);
  }

  @Test
  void refusesAVendorWithoutServices() {
    VendorProfile profile = profile();
    profile.setServices(List.of());

    assertThatThrownBy(() -> Vendor.register(profile, "procurement", NOW))
        .hasMessageContaining("at least one service");
  }

  @Test
  void summaryCarriesWhatTheListShows() {
    VendorSummary summary = VendorSummary.of(Vendor.register(profile(), "procurement", NOW));

    assertThat(summary.businessId()).isEqualTo("0112038-9");
    assertThat(summary.status()).isEqualTo(VendorStatus.PROSPECT);
  }
}
