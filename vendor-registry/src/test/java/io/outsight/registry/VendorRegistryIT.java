package io.outsight.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.core.vendor.ServiceOffering;
import io.outsight.core.vendor.VendorOrder;
import io.outsight.core.vendor.VendorProfile;
import io.outsight.core.vendor.VendorSearch;
import io.outsight.core.vendor.VendorStatus;
import io.outsight.core.vendor.VendorSummary;
import io.outsight.registry.schema.SchemaMigrations;
import io.outsight.registry.vendor.VendorAlreadyRegisteredException;
import io.outsight.registry.vendor.Vendors;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry on a real Payara Micro and database: migrations, demo data and the vendor boundary. */
@ExtendWith(ArquillianExtension.class)
class VendorRegistryIT {

  private static final AtomicInteger NEXT_ID = new AtomicInteger(100_000_000);

  @Deployment
  static WebArchive deployment() {
    return RegistryDeployment.create();
  }

  @Inject Vendors vendors;
  @EJB AsProcurement procurement;
  @EJB AsAuditor auditor;

  @Resource(lookup = SchemaMigrations.DATA_SOURCE)
  DataSource dataSource;

  /** A German vendor: its VAT number needs no check digit, so each test can make unique ones. */
  private static VendorProfile profile(String name) {
    VendorProfile profile = new VendorProfile();
    profile.setName(name);
    profile.setCountry("DE");
    profile.setBusinessId("DE" + NEXT_ID.incrementAndGet());
    profile.setContactName("Katrin Weber");
    profile.setContactEmail("katrin.weber@example.com");
    profile.setServices(List.of(ServiceOffering.LEAD_GENERATION));
    return profile;
  }

  private List<String> column(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  @Test
  void migrationsBringTheSchemaToTheNewestVersion() throws SQLException {
    assertThat(column("select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\""))
        .containsExactly("1", "2");
    assertThat(column("select lower(table_name) from information_schema.tables where table_schema = 'PUBLIC'"))
        .contains("vendor", "vendor_service", "user_account", "user_account_role");
    assertThat(column("select lower(constraint_name) from information_schema.table_constraints where constraint_type = 'UNIQUE'"))
        .contains("uq_vendor_business_id");
  }

  @Test
  void demoUsersAreSeededWithPbkdf2HashesOnly() throws SQLException {
    assertThat(column("select username || ':' || role from user_account_role order by username"))
        .containsExactly("admin:ADMIN", "auditor:AUDITOR", "procurement:PROCUREMENT");
    assertThat(column("select password_hash from user_account"))
        .hasSize(3)
        .allSatisfy(hash -> assertThat(hash).startsWith("PBKDF2WithHmacSHA512:210000:"))
        .noneSatisfy(hash -> assertThat(hash).contains("outsight-demo"));
  }

  @Test
  void procurementRegistersAVendorAsAProspect() throws Exception {
    VendorProfile profile = profile("Registered Prospect GmbH");

    long id = procurement.call(() -> vendors.register(profile));

    List<VendorSummary> found =
        auditor.call(() -> vendors.search(new VendorSearch("registered prospect", null, null, null, null), VendorOrder.BY_NAME, 0, 10));
    assertThat(found).singleElement().satisfies(vendor -> {
      assertThat(vendor.id()).isEqualTo(id);
      assertThat(vendor.businessId()).isEqualTo(profile.getBusinessId());
      assertThat(vendor.status()).isEqualTo(VendorStatus.PROSPECT);
      assertThat(vendor.registeredAt()).isNotNull();
    });
    assertThat(column("select registered_by from vendor where id = " + id)).containsExactly("it-procurement");
  }

  @Test
  void aSecondRegistrationOfTheSameBusinessIdIsRefusedAndSavesNothing() throws Exception {
    VendorProfile first = profile("Original Vendor GmbH");
    procurement.call(() -> vendors.register(first));
    VendorProfile again = profile("Copycat Vendor GmbH");
    // The same VAT number as typed by someone else: lower case, with spaces.
    again.setBusinessId(first.getBusinessId().toLowerCase().replaceAll("(\\d{3})", "$1 "));
    long before = procurement.call(() -> vendors.count(VendorSearch.ALL));

    assertThatThrownBy(() -> procurement.call(() -> vendors.register(again)))
        .isInstanceOfSatisfying(VendorAlreadyRegisteredException.class, refused -> {
          assertThat(refused.businessId()).isEqualTo(first.getBusinessId());
          assertThat(refused.registeredName()).isEqualTo("Original Vendor GmbH");
        });
    assertThat(procurement.call(() -> vendors.count(VendorSearch.ALL))).isEqualTo(before);
  }

  @Test
  void anAuditorMayReadButNotRegister() throws Exception {
    long before = auditor.call(() -> vendors.count(VendorSearch.ALL));

    assertThatThrownBy(() -> auditor.call(() -> vendors.register(profile("Auditor's Vendor GmbH"))))
        .isInstanceOf(EJBAccessException.class);
    assertThat(auditor.call(() -> vendors.count(VendorSearch.ALL))).isEqualTo(before);
  }

  @Test
  void aCallerWithoutARoleIsRefused() {
    assertThatThrownBy(() -> vendors.count(VendorSearch.ALL)).isInstanceOf(EJBAccessException.class);
  }

  @Test
  void anIncompleteProfileIsRefusedByValidationAndSavesNothing() throws Exception {
    VendorProfile incomplete = profile(" ");
    long before = procurement.call(() -> vendors.count(VendorSearch.ALL));

    assertThatThrownBy(() -> procurement.call(() -> vendors.register(incomplete)))
        .hasRootCauseInstanceOf(ConstraintViolationException.class);
    assertThat(procurement.call(() -> vendors.count(VendorSearch.ALL))).isEqualTo(before);
  }

  @Test
  void searchPagesSortsAndFiltersInTheDatabase() throws Exception {
    for (int i = 0; i < 25; i++) {
      VendorProfile profile = profile(String.format("Paging Probe %02d", i));
      if (i % 5 == 0) {
        profile.setServices(List.of(ServiceOffering.COLD_CALLING, ServiceOffering.MARKETING));
      }
      procurement.call(() -> vendors.register(profile));
    }
    VendorSearch probes = new VendorSearch("PAGING probe", null, null, null, null);

    assertThat(auditor.call(() -> vendors.count(probes))).isEqualTo(25);
    assertThat(names(auditor.call(() -> vendors.search(probes, VendorOrder.BY_NAME, 10, 10))))
        .containsExactly("Paging Probe 10", "Paging Probe 11", "Paging Probe 12", "Paging Probe 13", "Paging Probe 14",
            "Paging Probe 15", "Paging Probe 16", "Paging Probe 17", "Paging Probe 18", "Paging Probe 19");
    assertThat(names(auditor.call(() -> vendors.search(probes, new VendorOrder(VendorOrder.Key.NAME, false), 0, 3))))
        .containsExactly("Paging Probe 24", "Paging Probe 23", "Paging Probe 22");

    VendorSearch coldCallingProbes = new VendorSearch("paging probe", null, "DE", ServiceOffering.COLD_CALLING, VendorStatus.PROSPECT);
    assertThat(names(auditor.call(() -> vendors.search(coldCallingProbes, VendorOrder.BY_NAME, 0, 10))))
        .containsExactly("Paging Probe 00", "Paging Probe 05", "Paging Probe 10", "Paging Probe 15", "Paging Probe 20");
    assertThat(auditor.call(() -> vendors.count(new VendorSearch("paging probe", null, "FI", null, null)))).isZero();
    // The user's % is a character to find, not a wildcard.
    assertThat(auditor.call(() -> vendors.count(new VendorSearch("%", null, null, null, null)))).isZero();
  }

  @Test
  void businessIdFilterMatchesFromTheStart() throws Exception {
    VendorProfile profile = profile("Prefix Probe GmbH");
    procurement.call(() -> vendors.register(profile));
    String prefix = profile.getBusinessId().substring(0, 8).toLowerCase();

    assertThat(names(auditor.call(() -> vendors.search(new VendorSearch(null, prefix, null, null, null), VendorOrder.BY_NAME, 0, 50))))
        .contains("Prefix Probe GmbH");
    assertThat(auditor.call(() -> vendors.count(new VendorSearch(null, profile.getBusinessId().substring(2), null, null, null))))
        .isZero();
  }

  private static List<String> names(List<VendorSummary> vendors) {
    return vendors.stream().map(VendorSummary::name).toList();
  }
}
