package org.empathylint.server;

import java.time.Duration;
import java.util.Set;

/**
 * How {@link CheckServer} listens, what it accepts and how long it waits. Build one with
 * {@link #builder()}; every value has a default (see the builder's methods).
 *
 * @param host           the address to listen on
 * @param port           the port; 0 picks a free one
 * @param maxTextLength  characters of text, and of the customer message, a request may carry (413 beyond)
 * @param maxMatches     matches listed per answer; more are left out and marked as incomplete results
 * @param timeout        a check (waiting included) taking longer is answered with 503 and stopped
 * @param threads        checks run at once
 * @param queue          requests that may wait for a thread; beyond threads + queue a request gets 503
 * @param headerTimeout  a connection must send a complete request header within this time of opening,
 *                       or of its previous answer; otherwise it is closed
 * @param bodyTimeout    the whole request body must arrive within this time of its header (408 otherwise)
 * @param idleTimeout    a connection on which nothing moves for this long is closed
 * @param maxConnections open connections at most; further ones wait in the operating system's queue
 * @param corsOrigins    the browser origins allowed to call the server; {@code "*"} allows any
 */
public record ServerConfig(String host, int port, int maxTextLength, int maxMatches, Duration timeout, int threads,
    int queue, Duration headerTimeout, Duration bodyTimeout, Duration idleTimeout, int maxConnections,
    Set<String> corsOrigins) {

  /** Checks the values; a zero or negative limit is an {@link IllegalArgumentException} naming it. */
  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must be given");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
    }
    positive("max text length", maxTextLength);
    positive("max matches", maxMatches);
    positive("threads", threads);
    positive("max connections", maxConnections);
    if (queue < 0) {
      throw new IllegalArgumentException("queue must not be negative, not " + queue);
    }
    positive("timeout", timeout);
    positive("header timeout", headerTimeout);
    positive("body timeout", bodyTimeout);
    positive("idle timeout", idleTimeout);
    corsOrigins = Set.copyOf(java.util.Objects.requireNonNull(corsOrigins, "corsOrigins"));
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The defaults: see {@link Builder}. */
  public static ServerConfig defaults() {
    return builder().build();
  }

  private static void positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
  }

  private static void positive(String name, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration, not " + value);
    }
  }

  /** Builds a {@link ServerConfig}; each method names its default. Not thread-safe. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8081;
    private int maxTextLength = 50_000;
    private int maxMatches = 1_000;
    private Duration timeout = Duration.ofSeconds(20);
    private int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private int queue = 64;
    private Duration headerTimeout = Duration.ofSeconds(10);
    private Duration bodyTimeout = Duration.ofSeconds(30);
    private Duration idleTimeout = Duration.ofSeconds(30);
    private int maxConnections = 256;
    private Set<String> corsOrigins = Set.of();

    private Builder() {}

    /** Default 127.0.0.1: this machine only. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** Default 8081, as LanguageTool; 0 picks a free port. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Default 50,000 characters. */
    public Builder maxTextLength(int maxTextLength) {
      this.maxTextLength = maxTextLength;
      return this;
    }

    /** Default 1,000 matches per answer. */
    public Builder maxMatches(int maxMatches) {
      this.maxMatches = maxMatches;
      return this;
    }

    /** Default 20 seconds. */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Default the number of processors, at least 2. */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** Default 64 waiting requests. */
    public Builder queue(int queue) {
      this.queue = queue;
      return this;
    }

    /** Default 10 seconds. */
    public Builder headerTimeout(Duration headerTimeout) {
      this.headerTimeout = headerTimeout;
      return this;
    }

    /** Default 30 seconds. */
    public Builder bodyTimeout(Duration bodyTimeout) {
      this.bodyTimeout = bodyTimeout;
      return this;
    }

    /** Default 30 seconds. */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = idleTimeout;
      return this;
    }

    /** Default 256 connections. */
    public Builder maxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
      return this;
    }

    /** Default none: browser add-ons get 403 on their preflight. */
    public Builder corsOrigins(Set<String> corsOrigins) {
      this.corsOrigins = corsOrigins;
      return this;
    }

    /** @throws IllegalArgumentException naming the first value out of range */
    public ServerConfig build() {
      return new ServerConfig(host, port, maxTextLength, maxMatches, timeout, threads, queue, headerTimeout,
          bodyTimeout, idleTimeout, maxConnections, corsOrigins);
    }
  }
}
