package io.outsight.registry.extension;

import io.outsight.core.metric.MetricCatalogue;
import io.outsight.extension.api.compensation.CompensationModel;
import io.outsight.extension.api.metric.MetricDefinition;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The metric definitions and compensation models installed, as contracts and the ledger use them.
 */
@ApplicationScoped
public class InstalledMetrics {

  @Inject @Any private Instance<MetricDefinition> definitions;

  @Inject @Any private Instance<CompensationModel> models;

  private MetricCatalogue catalogue;

  @PostConstruct
  void discover() {
    catalogue = new MetricCatalogue(definitions.stream().toList());
  }

  public MetricCatalogue catalogue() {
    return catalogue;
  }

  public List<CompensationModel> compensationModels() {
    return models.stream().sorted(Comparator.comparing(CompensationModel::id)).toList();
  }

  public Optional<CompensationModel> compensationModel(String id) {
    return models.stream().filter(model -> model.id().equals(id)).findFirst();
  }
}
