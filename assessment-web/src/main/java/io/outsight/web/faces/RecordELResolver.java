package io.outsight.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lets pages read record components as properties ({@code #{vendor.name}}), which Jakarta EL 5 does
 * not do by itself: the domain's derived results are records, and the views show them as they are
 * instead of through copies with getters.
 */
public class RecordELResolver extends ELResolver {

  /**
   * Each record class's accessors by component name, looked up once: {@link
   * Class#getRecordComponents()} builds its answer anew on every call, and a page reads hundreds of
   * components.
   */
  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> record) {
          return Arrays.stream(record.getRecordComponents())
              .collect(
                  Collectors.toUnmodifiableMap(
                      RecordComponent::getName, RecordComponent::getAccessor));
        }
      };

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Method accessor = accessor(base, property);
    if (accessor == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return accessor.invoke(base);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException("Cannot read " + property + " of " + base.getClass().getName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) {
      return null;
    }
    context.setPropertyResolved(base, property);
    // Records are immutable: per the ELResolver contract, a read-only property has no type to set.
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (accessor(base, property) != null) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (accessor(base, property) == null) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  private static Method accessor(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return null;
    }
    return ACCESSORS.get(base.getClass()).get(property.toString());
  }
}
