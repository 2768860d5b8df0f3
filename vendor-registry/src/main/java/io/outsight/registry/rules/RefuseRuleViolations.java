package io.outsight.registry.rules;

import io.outsight.core.rules.RuleViolation;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Turns a rule violation from the domain into {@link Refused}, so that the transaction rolls back
 * and the caller gets the rule, not a system exception. The domain stays free of EJB types.
 */
public class RefuseRuleViolations {

  @AroundInvoke
  public Object refuse(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (RuleViolation violation) {
      throw new Refused(violation);
    }
  }
}
