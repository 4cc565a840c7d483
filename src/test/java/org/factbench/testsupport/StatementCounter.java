package org.factbench.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application sends, whatever sends them (JdbcClient, Spring Data
 * JPA, Hibernate): the test configuration wraps the application's {@link DataSource} so that every
 * statement prepared or created on any of its connections is seen. Only statements of the current
 * thread are counted, and only while {@link #count} runs, so the wrapper is invisible to every
 * other test sharing the application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

  /** What {@link #count} saw: the value returned and the SQL of each statement, in order. */
  public record Counted<T>(T value, List<String> statements) {

    public int count() {
      return statements.size();
    }
  }

  private static final ThreadLocal<List<String>> SCOPE = new ThreadLocal<>();

  private static final Set<String> STATEMENT_METHODS =
      Set.of("prepareStatement", "createStatement", "prepareCall");

  /** Runs the work and returns what it returned with the statements it sent on this thread. */
  public static <T> Counted<T> count(Supplier<T> work) {
    List<String> outer = SCOPE.get();
    List<String> seen = new ArrayList<>();
    SCOPE.set(seen);
    try {
      T value = work.get();
      return new Counted<>(value, List.copyOf(seen));
    } finally {
      if (outer == null) {
        SCOPE.remove();
      } else {
        outer.addAll(seen);
        SCOPE.set(outer);
      }
    }
  }

  @Bean
  static BeanPostProcessor statementCountingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource ds && !(bean instanceof CountingDataSource)
            ? new CountingDataSource(ds)
            : bean;
      }
    };
  }

  /** The application's data source, handing out connections that report their statements. */
  static final class CountingDataSource extends DelegatingDataSource {

    CountingDataSource(DataSource target) {
      super(target);
    }

    @Override
    public Connection getConnection() throws java.sql.SQLException {
      return counting(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws java.sql.SQLException {
      return counting(super.getConnection(username, password));
    }

    private static Connection counting(Connection target) {
      InvocationHandler handler =
          (proxy, method, args) -> {
            if (STATEMENT_METHODS.contains(method.getName())) {
              List<String> seen = SCOPE.get();
              if (seen != null) {
                seen.add(
                    args != null && args.length > 0 && args[0] instanceof String sql ? sql : "");
              }
            }
            if (method.getName().equals("unwrap")
                && args[0] instanceof Class<?> type
                && type.isInstance(target)) {
              return target;
            }
            if (method.getName().equals("isWrapperFor")
                && args[0] instanceof Class<?> type
                && type.isInstance(target)) {
              return true;
            }
            return invoke(target, method, args);
          };
      return (Connection)
          Proxy.newProxyInstance(
              StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
