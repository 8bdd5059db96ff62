package dev.lede.database.replica;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.AgroalDataSourceMetrics;
import io.agroal.api.AgroalPoolInterceptor;
import io.agroal.api.configuration.AgroalDataSourceConfiguration;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Singleton;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;

/**
 * The datasource everything gets, Hibernate included: the primary's pool, except that a connection taken
 * inside {@link ReplicaReads#read} comes from a replica that has replayed what the read must see. Routing
 * at this level leaves repositories and sessions as they are; Hibernate's multitenancy could choose the
 * datasource per session too, but it needs an active request context for every session (scheduled jobs,
 * commands and their threads included) and fails without one, replica or not.
 */
@Alternative
@Priority(1)
@Singleton
public class RoutingDataSource implements AgroalDataSource {
    private final AgroalDataSource primary;
    private final Replica replica;

    public RoutingDataSource(Replica replica) {
        this.primary = quarkusPool();
        this.replica = replica;
    }

    /** The primary's pool as Quarkus configures it: the synthetic bean this one stands in front of. */
    @SuppressWarnings("unchecked")
    private static AgroalDataSource quarkusPool() {
        for (Bean<?> bean : Arc.container().beanManager().getBeans(AgroalDataSource.class, Default.Literal.INSTANCE)) {
            if (bean instanceof InjectableBean<?> b && b.getKind() == InjectableBean.Kind.SYNTHETIC) {
                return Arc.container().instance((InjectableBean<AgroalDataSource>) b).get();
            }
        }
        throw new IllegalStateException("No default datasource configured");
    }

    /** The primary's pool, whoever asks: for what must never come from a replica (the content version). */
    @Produces
    @Primary
    AgroalDataSource primary() {
        return primary;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection fromReplica = replica.connectionFor(ReplicaReads.current());
        return fromReplica != null ? fromReplica : primary.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return primary.getConnection(username, password);
    }

    @Override
    public Connection getReadOnlyConnection() throws SQLException {
        return primary.getReadOnlyConnection();
    }

    @Override
    public AgroalDataSourceConfiguration getConfiguration() {
        return primary.getConfiguration();
    }

    @Override
    public AgroalDataSourceMetrics getMetrics() {
        return primary.getMetrics();
    }

    @Override
    public void flush(FlushMode mode) {
        primary.flush(mode);
    }

    @Override
    public void setPoolInterceptors(Collection<? extends AgroalPoolInterceptor> interceptors) {
        primary.setPoolInterceptors(interceptors);
    }

    @Override
    public List<AgroalPoolInterceptor> getPoolInterceptors() {
        return primary.getPoolInterceptors();
    }

    @Override
    public boolean isHealthy(boolean newConnection) throws SQLException {
        return primary.isHealthy(newConnection);
    }

    @Override
    public void close() {
        // the pools are Quarkus's to close
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return primary.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        primary.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        primary.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return primary.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return primary.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : primary.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || primary.isWrapperFor(type);
    }
}
