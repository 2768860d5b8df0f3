package io.outsight.registry.extension;

import io.outsight.extension.api.ApiVersion;
import io.outsight.extension.api.Extension;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every contribution to the extension points, found once at start: the portal's own (CDI beans),
 * those in jars on the application's class path (an EAR's library folder) and those dropped into
 * the extensions folder. A dropped-in contribution that cannot run here, or claims an id already
 * taken at its point, is not loaded; the portal starts all the same, logs one line for it and lists
 * it with the reason.
 */
@ApplicationScoped
public class ExtensionRegistry {

  /** The folder whose jars are loaded at start; relative to the server's working directory. */
  public static final String FOLDER = "outsight.extensions.directory";

  /** The rule a dropped-in contribution breaks when it throws while in use. */
  public static final String FAILED = "extension.failed";

  private static final Logger LOG = Logger.getLogger(ExtensionRegistry.class.getName());

  @Inject @Any private Instance<Extension> builtIns;

  @Inject
  @ConfigProperty(name = FOLDER, defaultValue = "extensions")
  private String folder;

  private DropIns dropIns;

  private List<Contribution> contributions;

  @PostConstruct
  void discover() {
    List<Contribution> own =
        builtIns.stream()
            .map(
                extension ->
                    Contribution.loaded(
                        Contribution.pointOf(extension),
                        extension,
                        Modules.moduleOf(extension.implementation())))
            .toList();
    dropIns = new DropIns(ApiVersion.offered());
    List<Contribution> dropped = new ArrayList<>(dropIns.onClassPath(getClass().getClassLoader()));
    Path jars = null;
    try {
      jars = Path.of(folder).toAbsolutePath();
      dropped.addAll(dropIns.inFolder(jars));
    } catch (InvalidPathException | UncheckedIOException unreadable) {
      // the portal starts without the folder's extensions, and the list says why
      dropped.add(
          Contribution.refused(
              null, "", folder, folder, Refusal.unreadableFolder(unreadable.getMessage())));
    }
    Path folderRead = jars;
    contributions = admitted(own, dropped);
    contributions.stream()
        .filter(contribution -> !contribution.isLoaded())
        .forEach(
            refused ->
                LOG.warning(
                    () ->
                        "Extension "
                            + describe(refused)
                            + " not loaded: "
                            + refused.refusal().text()));
    contributions.stream()
        .filter(Contribution::isLoaded)
        .filter(contribution -> !own.contains(contribution))
        .forEach(loaded -> LOG.info(() -> "Extension " + describe(loaded) + " loaded"));
    LOG.info(
        () ->
            "Extensions: "
                + contributions.stream().filter(Contribution::isLoaded).count()
                + " loaded, "
                + contributions.stream().filter(c -> !c.isLoaded()).count()
                + " not; the folder for more is "
                + folderRead
                + " (extension API "
                + ApiVersion.offered()
                + ")");
  }

  @PreDestroy
  void release() {
    dropIns.close();
  }

  /**
   * The portal's own contributions and the dropped-in ones it can admit: a dropped-in contribution
   * whose id the portal's own contribution at the same point has is refused, and so are all the
   * dropped-in ones sharing an id at a point, as no one of them is the right one. The portal's own
   * are found by CDI, so a jar that is also a bean archive is found twice: the bean stands.
   */
  static List<Contribution> admitted(List<Contribution> own, List<Contribution> dropped) {
    List<Contribution> admitted = new ArrayList<>(own);
    List<Contribution> candidates =
        dropped.stream()
            .filter(
                candidate ->
                    !candidate.isLoaded()
                        || own.stream()
                            .noneMatch(
                                bean ->
                                    bean.extension().implementation()
                                        == candidate.extension().implementation()))
            .toList();
    Map<String, List<Contribution>> byPointAndId =
        candidates.stream()
            .filter(Contribution::isLoaded)
            .collect(Collectors.groupingBy(candidate -> key(candidate)));
    for (Contribution candidate : candidates) {
      if (!candidate.isLoaded()) {
        admitted.add(candidate);
        continue;
      }
      Contribution taken =
          own.stream().filter(bean -> key(bean).equals(key(candidate))).findFirst().orElse(null);
      List<Contribution> rivals =
          byPointAndId.get(key(candidate)).stream().filter(other -> other != candidate).toList();
      if (taken != null) {
        admitted.add(candidate.refusedBecause(Refusal.idTaken(candidate.id(), describe(taken))));
      } else if (!rivals.isEmpty()) {
        admitted.add(
            candidate.refusedBecause(
                Refusal.idClaimedTwice(
                    candidate.id(),
                    rivals.stream()
                        .map(ExtensionRegistry::describe)
                        .collect(Collectors.joining(", ")))));
      } else {
        admitted.add(
            new Contribution(
                candidate.point(),
                Guarded.of(candidate.point(), candidate),
                candidate.id(),
                candidate.displayName(),
                candidate.name(),
                candidate.version(),
                candidate.module(),
                null));
      }
    }
    return admitted;
  }

  private static String key(Contribution contribution) {
    return contribution.pointName() + "/" + contribution.id();
  }

  private static String describe(Contribution contribution) {
    String name = contribution.id().isEmpty() ? contribution.displayName() : contribution.id();
    return Objects.toString(name, "")
        + (contribution.point() == null ? "" : " (" + contribution.pointName() + ")")
        + " from "
        + contribution.module();
  }

  /**
   * The loaded contributions to {@code point}: the portal's own first, so that where two could
   * serve (a media type, say) the portal's own does, then the dropped-in ones; each by id.
   */
  public <T extends Extension> List<T> loaded(Class<T> point) {
    return contributions.stream()
        .filter(Contribution::isLoaded)
        .filter(contribution -> contribution.point() == point)
        .map(contribution -> point.cast(contribution.extension()))
        .sorted(
            Comparator.comparing((T extension) -> Guarded.isDroppedIn(extension))
                .thenComparing(Extension::id))
        .toList();
  }

  /** Whether the contribution came in a jar of the extensions folder or library, not as a bean. */
  public boolean isDroppedIn(Extension extension) {
    return Guarded.isDroppedIn(extension);
  }

  /** Every contribution found, loaded or not. */
  List<Contribution> contributions() {
    return contributions;
  }
}
