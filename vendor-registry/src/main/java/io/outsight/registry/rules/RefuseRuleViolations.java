package io.outsight.registry.rules;

import io.outsight.core.rules.RuleViolation;
import io.outsight.extension.api.questionnaire.InvalidQuestionnaire;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Turns a rule violation from the domain into {@link Refused}, so that the transaction rolls back
 * and the caller gets the rule, not a system exception; so is a questionnaire version that cannot
 * be asked as written. The domain stays free of EJB types.
 */
public class RefuseRuleViolations {

  @AroundInvoke
  public Object refuse(InvocationContext call) throws Exception {
    try {
      return call.proceed();
    } catch (RuleViolation violation) {
      throw new Refused(violation);
    } catch (InvalidQuestionnaire invalid) {
      throw new Refused(new RuleViolation(invalid.rule(), invalid.getMessage(), invalid.details()));
    }
  }
}
