package io.outsight.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outsight.web.faces.hidden.HiddenFees;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELManager;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resolver in the chain of a real Jakarta EL implementation, as the pages evaluate it. */
class MethodCallELResolverTest {

  private final ELManager manager = new ELManager();
  private final MethodCallELResolver resolver = new MethodCallELResolver();

  /** A bean as the pages call them: some methods settled by name and arguments, some not. */
  public static class Fees {
    public BigDecimal fee(BigDecimal amount, int percent) {
      return amount.multiply(BigDecimal.valueOf(percent)).movePointLeft(2);
    }

    public String label(String code) {
      return "code " + code;
    }

    public String label(Integer number) {
      return "number " + number;
    }

    public String joined(String... parts) {
      return String.join("+", parts);
    }

    public String refused(String reason) {
      throw new IllegalStateException(reason);
    }
  }

  public record Period(String label) {
    public String shown(String prefix) {
      return prefix + label;
    }
  }

  @BeforeEach
  void chain() {
    manager.addELResolver(new RecordELResolver());
    manager.addELResolver(resolver);
    manager.defineBean("fees", new Fees());
    manager.defineBean("months", List.of("2026-10", "2026-11"));
    manager.defineBean("period", new Period("2026-11"));
  }

  @Test
  void aSettledMethodIsCalledWithItsArgumentsCoercedAsBeanELResolverWould() {
    assertThat(evaluate("#{fees.fee('1250.00', '8')}")).isEqualTo(new BigDecimal("100.0000"));
    assertThat(evaluate("#{'contract.status.'.concat('RUNNING')}"))
        .isEqualTo("contract.status.RUNNING");
    assertThat(evaluate("#{period.shown('period ')}")).isEqualTo("period 2026-11");
    assertThat(evaluate("#{period.label}")).isEqualTo("2026-11");
  }

  @Test
  void theResolverAnswersASettledCallItselfAndTheSameWayTwice() {
    ELContext context = manager.getELContext();
    for (int call = 0; call < 2; call++) {
      context.setPropertyResolved(false);
      Object fee =
          resolver.invoke(
              context, new Fees(), "fee", null, new Object[] {new BigDecimal("10"), 50});
      assertThat(context.isPropertyResolved()).isTrue();
      assertThat(fee).isEqualTo(new BigDecimal("5.00"));
    }
  }

  @Test
  void aMethodOfAClassThatMayNotBeCalledIsCalledAsItsPublicInterfaceDeclaresIt() {
    ELContext context = manager.getELContext();
    // List.of's class is not public; List is.
    Object month =
        resolver.invoke(context, List.of("2026-10", "2026-11"), "get", null, new Object[] {"1"});
    assertThat(context.isPropertyResolved()).isTrue();
    assertThat(month).isEqualTo("2026-11");
    assertThat(evaluate("#{months.size()}")).isEqualTo(2);
  }

  @Test
  void overloadsVarargsHiddenClassesAndDeclaredTypesAreLeftToTheChainBehind() {
    ELContext context = manager.getELContext();
    List<Object[]> unsettled =
        List.of(
            new Object[] {new Fees(), "label", null, new Object[] {"A"}},
            new Object[] {new Fees(), "joined", null, new Object[] {"a", "b"}},
            new Object[] {HiddenFees.of(), "name", null, new Object[0]},
            new Object[] {
              new Fees(),
              "fee",
              new Class<?>[] {BigDecimal.class, int.class},
              new Object[] {BigDecimal.ONE, 1}
            },
            new Object[] {new Fees(), "fee", null, new Object[] {BigDecimal.ONE}});
    for (Object[] call : unsettled) {
      context.setPropertyResolved(false);
      assertThat(
              resolver.invoke(context, call[0], call[1], (Class<?>[]) call[2], (Object[]) call[3]))
          .isNull();
      assertThat(context.isPropertyResolved()).as("%s.%s", call[0], call[1]).isFalse();
    }
    assertThat(evaluate("#{fees.label(7)}")).isEqualTo("number 7");
    assertThat(evaluate("#{fees.label('A')}")).isEqualTo("code A");
    assertThat(evaluate("#{fees.joined('a', 'b')}")).isEqualTo("a+b");
  }

  @Test
  void whatTheMethodThrowsReachesThePageAsTheCauseOfAnELException() {
    assertThatThrownBy(() -> evaluate("#{fees.refused('closed period')}"))
        .isInstanceOf(ELException.class)
        .hasRootCauseInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage("closed period");
  }

  private Object evaluate(String expression) {
    ELContext context = manager.getELContext();
    return ELManager.getExpressionFactory()
        .createValueExpression(context, expression, Object.class)
        .getValue(context);
  }
}
