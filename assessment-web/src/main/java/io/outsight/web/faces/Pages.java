package io.outsight.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * What the pages about one thing share: the id in the address, and a "not found" for a wrong one.
 */
public final class Pages {

  private Pages() {}

  /**
   * What the page's {@code id} names, looked up with {@code find}; when the id is missing, not a
   * number or names nothing, the page answers "not found" instead.
   */
  public static <T> Optional<T> show(LongFunction<Optional<T>> find) {
    return show("id", find);
  }

  /** As {@link #show(LongFunction)}, for the page's parameter {@code name}. */
  public static <T> Optional<T> show(String name, LongFunction<Optional<T>> find) {
    Optional<T> found = number(name).stream().mapToObj(find).flatMap(Optional::stream).findFirst();
    if (found.isEmpty()) {
      notFound();
    }
    return found;
  }

  /** As {@link #show(LongFunction)}, for the page's parameter {@code name} that is a text. */
  public static <T> Optional<T> showNamed(String name, Function<String, Optional<T>> find) {
    Optional<T> found = Optional.ofNullable(parameter(name)).flatMap(find);
    if (found.isEmpty()) {
      notFound();
    }
    return found;
  }

  /** Whether the page was given the parameter {@code name}. */
  public static boolean has(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .containsKey(name);
  }

  /** The page's parameter {@code name}, if it is a number. */
  public static OptionalLong number(String name) {
    String id = parameter(name);
    try {
      return id == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(id.strip()));
    } catch (NumberFormatException notANumber) {
      return OptionalLong.empty();
    }
  }

  private static String parameter(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  /** Answers 404, shown as the portal's "page not found", and renders nothing more. */
  private static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.responseSendError(404, "Not found");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
