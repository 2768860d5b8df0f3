package io.outsight.registry.extension;

import io.outsight.core.metric.MetricCatalogue;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.metric.MetricDefinition;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The metric definitions and compensation models installed, as contracts and the ledger use them.
 */
@ApplicationScoped
public class InstalledMetrics {

  @Inject private ExtensionRegistry registry;

  private MetricCatalogue catalogue;

  @PostConstruct
  void discover() {
    catalogue = new MetricCatalogue(registry.loaded(MetricDefinition.class));
  }

  public MetricCatalogue catalogue() {
    return catalogue;
  }

  public List<CompensationModel> compensationModels() {
    return registry.loaded(CompensationModel.class);
  }

  public Optional<CompensationModel> compensationModel(String id) {
    return registry.loaded(CompensationModel.class).stream()
        .filter(model -> model.id().equals(id))
        .findFirst();
  }
}
