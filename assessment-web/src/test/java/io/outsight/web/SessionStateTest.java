package io.outsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a session or a view keeps travels between the instances of a cluster in the data grid, so it
 * must be serialisable: every view- and session-scoped bean, and the declared type of each field it
 * keeps (with the types of a collection's elements), unless the field is injected (the container
 * serialises a proxy) or transient.
 */
class SessionStateTest {

  @Test
  void everythingAViewOrSessionKeepsIsSerialisable() throws Exception {
    List<Class<?>> beans = beans();
    assertThat(beans).hasSizeGreaterThan(10);
    List<String> faults = new ArrayList<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        faults.add(bean.getName() + " is not Serializable");
      }
      for (Field field : bean.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())
            || Modifier.isTransient(field.getModifiers())
            || field.isAnnotationPresent(Inject.class)
            || field.isAnnotationPresent(EJB.class)) {
          continue;
        }
        notSerialisable(field.getGenericType())
            .forEach(
                type -> faults.add(bean.getSimpleName() + "." + field.getName() + ": " + type));
      }
    }
    assertThat(faults).isEmpty();
  }

  /**
   * The classes within a type that are neither serialisable nor a collection interface whose
   * contents are checked.
   */
  private static Stream<String> notSerialisable(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return Stream.concat(
          notSerialisable(parameterized.getRawType()),
          Arrays.stream(parameterized.getActualTypeArguments())
              .flatMap(SessionStateTest::notSerialisable));
    }
    if (type instanceof GenericArrayType array) {
      return notSerialisable(array.getGenericComponentType());
    }
    if (type instanceof Class<?> plain) {
      if (plain.isArray()) {
        return notSerialisable(plain.getComponentType());
      }
      boolean fine =
          plain.isPrimitive()
              || Serializable.class.isAssignableFrom(plain)
              || plain.isInterface() && plain.getPackageName().equals("java.util");
      return fine ? Stream.empty() : Stream.of(plain.getName());
    }
    return Stream.empty();
  }

  private static List<Class<?>> beans() throws IOException, ClassNotFoundException {
    Path classes = Path.of("target/classes");
    List<Class<?>> beans = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> type = Class.forName(name, false, SessionStateTest.class.getClassLoader());
        if (type.isAnnotationPresent(ViewScoped.class)
            || type.isAnnotationPresent(SessionScoped.class)) {
          beans.add(type);
        }
      }
    }
    return beans;
  }
}
