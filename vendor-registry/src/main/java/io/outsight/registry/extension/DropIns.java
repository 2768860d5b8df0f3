package io.outsight.registry.extension;

import io.outsight.extension.api.ApiVersion;
import io.outsight.extension.api.Extension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds what jars built against the extension API contribute, by the {@code META-INF/services}
 * files of {@link ServiceLoader}: the jars of a folder, each in a class loader of its own that sees
 * the API and the JDK and nothing else of the portal, and the jars on the application's own class
 * path (an EAR's library folder). A jar that states no API version this portal runs, or a
 * contribution that cannot be made, is found refused, with the reason.
 */
final class DropIns implements AutoCloseable {

  private static final int MOST_ERRORS_PER_FILE = 100;

  private final ApiVersion offered;
  private final List<URLClassLoader> loaders = new ArrayList<>();

  DropIns(ApiVersion offered) {
    this.offered = offered;
  }

  /** What the jars directly in {@code folder} contribute, in the order of their names. */
  List<Contribution> inFolder(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> jars;
    try (Stream<Path> files = Files.list(folder)) {
      jars =
          files
              .filter(file -> file.getFileName().toString().endsWith(".jar"))
              .filter(Files::isRegularFile)
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the extensions folder " + folder, e);
    }
    List<Contribution> found = new ArrayList<>();
    for (Path jar : jars) {
      String module = jar.getFileName().toString();
      Refusal refusal = versionRefusal(jar);
      if (refusal != null) {
        found.add(Contribution.refused(null, "", module, module, refusal));
        continue;
      }
      URLClassLoader loader = new URLClassLoader(module, new URL[] {url(jar)}, apiOnly());
      loaders.add(loader);
      Contribution.POINTS.forEach(point -> found.addAll(load(point, loader, jar)));
    }
    return found;
  }

  /**
   * What the jars the application's own class loader sees contribute through their service files,
   * such as those in an EAR's library folder. The portal's own contributions are beans and have
   * none.
   */
  List<Contribution> onClassPath(ClassLoader application) {
    List<Contribution> found = new ArrayList<>();
    Contribution.POINTS.forEach(point -> found.addAll(load(point, application, null)));
    return found;
  }

  private List<Contribution> load(
      Class<? extends Extension> point, ClassLoader loader, Path knownJar) {
    List<Contribution> found = new ArrayList<>();
    var providers = ServiceLoader.load(point, loader).stream().iterator();
    // a service file of broken lines ends somewhere: each error moves past one of its lines
    for (int errors = 0; errors < MOST_ERRORS_PER_FILE; ) {
      ServiceLoader.Provider<? extends Extension> provider;
      try {
        if (!providers.hasNext()) {
          return found;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError | LinkageError e) {
        // one line of a service file that names no loadable class; the next may
        String module = knownJar == null ? "" : knownJar.getFileName().toString();
        found.add(Contribution.refused(point, "", module, module, Refusal.cannotLoad(cause(e))));
        errors++;
        continue;
      }
      found.add(made(point, provider, knownJar));
    }
    return found;
  }

  private Contribution made(
      Class<? extends Extension> point,
      ServiceLoader.Provider<? extends Extension> provider,
      Path knownJar) {
    String className;
    Path jar = knownJar;
    try {
      Class<?> type = provider.type();
      className = type.getName();
      if (jar == null) {
        jar = Modules.jarOf(type);
        Refusal refusal = jar == null ? null : versionRefusal(jar);
        if (refusal != null) {
          return Contribution.refused(point, "", className, Modules.moduleOf(type), refusal);
        }
      }
    } catch (ServiceConfigurationError | LinkageError e) {
      String module = jar == null ? "" : jar.getFileName().toString();
      return Contribution.refused(point, "", module, module, Refusal.cannotLoad(cause(e)));
    }
    Thread thread = Thread.currentThread();
    ClassLoader portal = thread.getContextClassLoader();
    try {
      thread.setContextClassLoader(provider.type().getClassLoader());
      Extension extension = provider.get();
      String module = Modules.moduleOf(extension.getClass());
      String unfit = Descriptions.unfit(point, extension);
      return unfit == null
          ? Contribution.loaded(point, extension, module)
          : Contribution.refused(point, "", className, module, Refusal.unfitDescription(unfit));
    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
      String module = jar == null ? "" : jar.getFileName().toString();
      return Contribution.refused(point, "", className, module, Refusal.failedLoading(cause(e)));
    } finally {
      thread.setContextClassLoader(portal);
    }
  }

  /** Why the jar cannot run here, or null when it can. */
  private Refusal versionRefusal(Path jar) {
    String needed;
    try (JarFile file = new JarFile(jar.toFile())) {
      var manifest = file.getManifest();
      needed =
          manifest == null
              ? null
              : manifest
                  .getMainAttributes()
                  .getValue(new Attributes.Name(ApiVersion.MANIFEST_ATTRIBUTE));
    } catch (IOException e) {
      return Refusal.unreadableJar(String.valueOf(e.getMessage()));
    }
    if (needed == null) {
      return Refusal.noApiVersion(ApiVersion.MANIFEST_ATTRIBUTE);
    }
    try {
      ApiVersion version = ApiVersion.parse(needed);
      return offered.runs(version)
          ? null
          : Refusal.newerApi(version.toString(), offered.toString());
    } catch (IllegalArgumentException e) {
      return Refusal.unreadableApiVersion(needed);
    }
  }

  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static URL url(Path jar) {
    try {
      return jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(jar.toString(), e);
    }
  }

  /** Only the API's classes from the portal; everything else from the JDK or the jar itself. */
  private static ClassLoader apiOnly() {
    ClassLoader api = ApiVersion.class.getClassLoader();
    return new ClassLoader("outsight-extension-api", ClassLoader.getPlatformClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith(ApiVersion.class.getPackageName() + ".")) {
          return api.loadClass(name);
        }
        return super.loadClass(name, resolve);
      }
    };
  }

  @Override
  public void close() {
    for (URLClassLoader loader : loaders) {
      try {
        loader.close();
      } catch (IOException e) {
        // the loader's jar stays open until the process ends; nothing to undo
      }
    }
    loaders.clear();
  }
}
