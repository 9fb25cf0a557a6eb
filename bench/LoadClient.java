import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The load of bench/loadtest.sh, against a running `serve`: for each client count, that many clients
 * send 150-300-word drafts (Dutch and Danish, one keep-alive connection each) as fast as they are
 * answered, while slow connections hang the whole time (half of them send a header one line per
 * second and never finish it, half send a whole header and then a body one byte per second). Prints
 * per phase: requests, answers per second, latency p50 / p99 / max, 503s, other failures; and how often
 * the server closed a slow connection.
 *
 *   java bench/LoadClient.java BASE_URL EXAMPLES_DIR SECONDS_PER_PHASE CLIENTS,... SLOW_CONNECTIONS
 */
public final class LoadClient {
  public static void main(String[] args) throws Exception {
    URI check = URI.create(args[0] + "/check");
    List<String> bodies = bodies(Path.of(args[1]));
    int seconds = Integer.parseInt(args[2]);
    int slow = Integer.parseInt(args[4]);

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger closedByServer = new AtomicInteger();
    List<Thread> slowThreads = new ArrayList<>();
    for (int i = 0; i < slow; i++) {
      boolean slowBody = i % 2 == 1;
      Thread thread = new Thread(() -> hang(check, slowBody, running, closedByServer));
      thread.setDaemon(true);
      thread.start();
      slowThreads.add(thread);
    }
    Thread.sleep(1_000); // the slow connections are open before the clients start
    System.out.printf("%7s %8s %7s %9s %9s %9s %5s %6s%n",
        "clients", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "503", "other");
    for (String count : args[3].split(",")) {
      phase(check, bodies, Integer.parseInt(count), seconds);
    }
    running.set(false);
    System.out.printf("slow connections: %d open throughout; the server closed them %d times (header or body "
        + "timeout)%n", slow, closedByServer.get());
  }

  /** Form bodies of 150-300 words: the example drafts with their warm rewrites, repeated. */
  private static List<String> bodies(Path examples) throws IOException {
    List<String> bodies = new ArrayList<>();
    for (String lang : List.of("nl", "da")) {
      String draft = Files.readString(examples.resolve(lang + "-draft.txt"));
      String warm = Files.readString(examples.resolve(lang + "-warm.txt"));
      for (String text : List.of(draft + "\n" + warm + "\n" + draft, draft + "\n" + warm + "\n" + warm)) {
        int words = text.trim().split("\\s+").length;
        if (words < 150 || words > 300) {
          throw new IllegalStateException(lang + " draft has " + words + " words, not 150-300");
        }
        bodies.add("language=" + lang + "&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
      }
    }
    return bodies;
  }

  private static void phase(URI check, List<String> bodies, int clients, int seconds) throws InterruptedException {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger busy = new AtomicInteger();
    AtomicInteger other = new AtomicInteger();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int first = c;
      Thread thread = new Thread(() -> {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = first; System.nanoTime() < end; i++) {
          HttpRequest request = HttpRequest.newBuilder(check)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i % bodies.size()))).build();
          long start = System.nanoTime();
          try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            latencies.add(System.nanoTime() - start);
            if (status == 503) {
              busy.incrementAndGet();
            } else if (status != 200) {
              other.incrementAndGet();
            }
          } catch (IOException | InterruptedException e) {
            other.incrementAndGet();
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf("%7d %8d %7.1f %9.1f %9.1f %9.1f %5d %6d%n", clients, sorted.size(),
        sorted.size() / (double) seconds, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 1.0), busy.get(),
        other.get());
  }

  private static double ms(List<Long> sorted, double quantile) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  /** One slow connection, reopened whenever the server closes it, until the run ends. */
  private static void hang(URI check, boolean slowBody, AtomicBoolean running, AtomicInteger closedByServer) {
    while (running.get()) {
      try (Socket socket = new Socket(check.getHost(), check.getPort())) {
        OutputStream out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        out.write(("POST /v2/check HTTP/1.1\r\nHost: localhost\r\n" + (slowBody
            ? "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nlanguage=nl&text="
            : "")).getBytes(StandardCharsets.US_ASCII));
        while (running.get()) {
          out.write(slowBody ? "a".getBytes(StandardCharsets.US_ASCII)
              : "X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII));
          out.flush();
          if (in.available() > 0) {
            break; // answered (408): the server will close
          }
          Thread.sleep(1_000);
        }
      } catch (IOException e) {
        // closed by the server
      } catch (InterruptedException e) {
        return;
      }
      if (running.get()) {
        closedByServer.incrementAndGet();
      }
    }
  }
}
