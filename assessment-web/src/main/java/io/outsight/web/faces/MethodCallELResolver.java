package io.outsight.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Calls the methods that pages name with their arguments ({@code #{formats.money(amount)}}, {@code
 * #{'contract.status.'.concat(status)}}) through a method looked up once per class, name and number
 * of arguments. Jakarta EL's {@code BeanELResolver} looks the method up again on every call,
 * copying every public method of the class, which on the CDI client proxies the pages call was a
 * twentieth of a warm page's time (docs/benchmarks.md, issue 19).
 *
 * <p>Only a call that the name and the number of arguments settle is answered here: one public,
 * neither variadic nor overloaded with as many parameters, which this module may call on the class
 * or on a public supertype, called without declared parameter types or lambda arguments. Every
 * other call falls through to the {@code BeanELResolver} behind this one, with its own rules for
 * choosing among overloads; the arguments are coerced as it coerces them.
 */
public class MethodCallELResolver extends ELResolver {

  private static final ClassValue<Map<String, Optional<Method>>> METHODS =
      new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  @Override
  public Object invoke(
      ELContext context, Object base, Object name, Class<?>[] paramTypes, Object[] params) {
    Object[] arguments = params == null ? new Object[0] : params;
    if (base == null
        || name == null
        || paramTypes != null
        || Arrays.stream(arguments).anyMatch(LambdaExpression.class::isInstance)) {
      return null;
    }
    Class<?> type = base.getClass();
    Optional<Method> method =
        METHODS
            .get(type)
            .computeIfAbsent(
                name + "/" + arguments.length,
                key -> settledBy(base, name.toString(), arguments.length));
    if (method.isEmpty()) {
      return null;
    }
    Class<?>[] parameterTypes = method.get().getParameterTypes();
    Object[] coerced = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      coerced[i] = context.convertToType(arguments[i], parameterTypes[i]);
    }
    try {
      Object result = method.get().invoke(base, coerced);
      context.setPropertyResolved(base, name);
      return result;
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    }
  }

  private static Optional<Method> settledBy(Object base, String name, int arguments) {
    List<Method> candidates =
        Arrays.stream(base.getClass().getMethods())
            .filter(method -> method.getName().equals(name) && !method.isBridge())
            .filter(method -> method.getParameterCount() == arguments || method.isVarArgs())
            .toList();
    return candidates.size() == 1 && !candidates.get(0).isVarArgs()
        ? callable(candidates.get(0), base)
        : Optional.empty();
  }

  /**
   * The method itself, or where its class may not be called from here (the lists that {@code
   * List.of} and {@code toList()} make), the same method as a public supertype declares it.
   */
  private static Optional<Method> callable(Method method, Object base) {
    return supertypes(base.getClass())
        .flatMap(type -> declared(type, method).stream())
        .filter(candidate -> candidate.canAccess(base))
        .findFirst();
  }

  private static Stream<Class<?>> supertypes(Class<?> type) {
    return type == null
        ? Stream.empty()
        : Stream.of(
                Stream.<Class<?>>of(type),
                supertypes(type.getSuperclass()),
                Arrays.stream(type.getInterfaces()).flatMap(MethodCallELResolver::supertypes))
            .flatMap(Function.identity());
  }

  private static Optional<Method> declared(Class<?> type, Method method) {
    try {
      return Optional.of(type.getMethod(method.getName(), method.getParameterTypes()));
    } catch (NoSuchMethodException notDeclared) {
      return Optional.empty();
    }
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Properties are the other resolvers' to set.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
