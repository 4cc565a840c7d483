package org.factbench.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.factbench.base.NotFoundException;
import org.factbench.base.ValidationFailedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the HTTP API. A user creates one with a name and a lifetime, sees its
 * secret once, and revokes it when done; only the secret's SHA-256 hash is stored.
 */
@Service
public class ApiTokens {

  /** The secret's prefix, so that a leaked token is recognisable in logs and scanners. */
  static final String PREFIX = "fbt_";

  static final int MAX_ACTIVE = 20;
  static final int MAX_DAYS = 366;

  /** A token as its owner's list shows it; never the secret. */
  public record TokenInfo(
      long id,
      String name,
      String prefix,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt,
      Instant revokedAt) {

    public boolean active(Instant now) {
      return revokedAt == null && expiresAt.isAfter(now);
    }
  }

  /** A token just created: the only time its secret is available. */
  public record NewToken(TokenInfo info, String secret) {}

  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @PreAuthorize("isAuthenticated()")
  @Transactional
  public NewToken create(String name, int days) {
    long user = CurrentUser.id();
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > 100) {
      throw new ValidationFailedException("name", "Name the token (up to 100 characters).");
    }
    if (days < 1 || days > MAX_DAYS) {
      throw new ValidationFailedException(
          "days", "A token lives between 1 and " + MAX_DAYS + " days.");
    }
    long active =
        jdbc.sql(
                "select count(*) from api_token where user_id = ? and revoked_at is null"
                    + " and expires_at > now()")
            .param(user)
            .query(Long.class)
            .single();
    if (active >= MAX_ACTIVE) {
      throw new ValidationFailedException(
          "name", "You have " + MAX_ACTIVE + " active tokens; revoke one first.");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expires = Instant.now().plus(Duration.ofDays(days));
    long id =
        jdbc.sql(
                """
                insert into api_token (user_id, name, token_hash, prefix, expires_at)
                values (?, ?, ?, ?, ?) returning id
                """)
            .params(user, clean, hash(secret), secret.substring(0, 10), Timestamp.from(expires))
            .query(Long.class)
            .single();
    return new NewToken(find(user, id).orElseThrow(), secret);
  }

  /** The signed-in user's tokens, newest first. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<TokenInfo> mine() {
    return jdbc.sql(SELECT + " where user_id = ? order by id desc limit 200")
        .param(CurrentUser.id())
        .query((rs, i) -> info(rs))
        .list();
  }

  /** Revokes one of the signed-in user's tokens; at once, for every node. */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public void revoke(long tokenId) {
    int n =
        jdbc.sql(
                "update api_token set revoked_at = now() where id = ? and user_id = ?"
                    + " and revoked_at is null")
            .params(tokenId, CurrentUser.id())
            .update();
    if (n == 0 && find(CurrentUser.id(), tokenId).isEmpty()) {
      throw new NotFoundException("The token");
    }
  }

  /**
   * Revokes every active token of {@code userId}: called when their password changes, so nothing
   * signed in with the old credentials keeps working. Returns how many were revoked.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  int revokeAll(long userId) {
    return jdbc.sql(
            "update api_token set revoked_at = now() where user_id = ? and revoked_at is null")
        .param(userId)
        .update();
  }

  /**
   * The user a presented secret belongs to, if the token exists, is not revoked, has not expired
   * and its user is enabled; records its use. For the API's authentication filter only.
   */
  @Transactional
  Optional<String> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    Optional<String> username =
        jdbc.sql(
                """
                update api_token t set last_used_at = now()
                from app_user u
                where t.token_hash = ? and u.id = t.user_id and t.revoked_at is null
                  and t.expires_at > now() and u.enabled
                returning u.username
                """)
            .param(hash(secret))
            .query(String.class)
            .optional();
    return username;
  }

  private static final String SELECT =
      "select id, name, prefix, created_at, expires_at, last_used_at, revoked_at from api_token";

  private Optional<TokenInfo> find(long user, long id) {
    return jdbc.sql(SELECT + " where id = ? and user_id = ?")
        .params(id, user)
        .query((rs, i) -> info(rs))
        .optional();
  }

  private static TokenInfo info(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new TokenInfo(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("prefix"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("expires_at").toInstant(),
        instant(rs.getTimestamp("last_used_at")),
        instant(rs.getTimestamp("revoked_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  static String hash(String secret) {
    return org.factbench.base.Sha256.hex(secret);
  }
}
