package io.outsight.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

/**
 * Lets pages read record components as properties ({@code #{vendor.name}}), which Jakarta EL 5 does
 * not do by itself: the domain's derived results are records, and the views show them as they are
 * instead of through copies with getters.
 */
public class RecordELResolver extends ELResolver {

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    if (component.isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    try {
      return component.get().getAccessor().invoke(base);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new ELException("Cannot read " + property + " of " + base.getClass().getName(), e);
    }
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Optional<RecordComponent> component = component(base, property);
    if (component.isEmpty()) {
      return null;
    }
    context.setPropertyResolved(base, property);
    // Records are immutable: per the ELResolver contract, a read-only property has no type to set.
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (component(base, property).isPresent()) {
      throw new PropertyNotWritableException(property + " of a record cannot be changed");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (component(base, property).isEmpty()) {
      return false;
    }
    context.setPropertyResolved(base, property);
    return true;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base != null && base.getClass().isRecord() ? String.class : null;
  }

  private static Optional<RecordComponent> component(Object base, Object property) {
    if (base == null || property == null || !base.getClass().isRecord()) {
      return Optional.empty();
    }
    return Arrays.stream(base.getClass().getRecordComponents())
        .filter(component -> component.getName().equals(property.toString()))
        .findFirst();
  }
}
