// Runs a generator CLI's main class once per line of a job file, all in one JVM: the JVM start
// and the JIT warm-up, most of a small spec's cost, are paid once per batch instead of once per
// spec (the CPU is shared). Each line is the tab-separated argument list of one run; the outcome
// of each run ("ok" or "failed <reason>") is appended to the result file as "<line>\t<outcome>",
// flushed at once, so a batch killed half-way still tells which runs finished.
// A generator that calls System.exit is stopped by a security manager (-Djava.security.manager=allow).
// Usage: java -Djava.security.manager=allow -cp <jar> Batch.java <main class> <job file> <result file> <seconds per run>
import java.io.FileWriter;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class Batch {
  static final class ExitTrapped extends SecurityException {
    ExitTrapped(int status) { super("System.exit(" + status + ")"); }
  }

  @SuppressWarnings("removal")
  public static void main(String[] argv) throws Exception {
    Method main = Class.forName(argv[0]).getMethod("main", String[].class);
    List<String> jobs = Files.readAllLines(Path.of(argv[1]));
    long seconds = Long.parseLong(argv[3]);
    System.setSecurityManager(new SecurityManager() {
      @Override public void checkPermission(Permission perm) {}
      @Override public void checkExit(int status) { throw new ExitTrapped(status); }
    });
    ExecutorService runner = Executors.newSingleThreadExecutor(r -> { Thread t = new Thread(r); t.setDaemon(true); return t; });
    try (PrintWriter results = new PrintWriter(new FileWriter(argv[2], true), true)) {
      for (int i = 0; i < jobs.size(); i++) {
        String[] args = jobs.get(i).split("\t");
        Future<?> run = runner.submit(() -> { main.invoke(null, (Object) args); return null; });
        String outcome;
        try {
          run.get(seconds, TimeUnit.SECONDS);
          outcome = "ok";
        } catch (TimeoutException e) {
          results.println(i + "\tfailed timeout");
          Runtime.getRuntime().halt(3); // a runaway generation cannot be interrupted; the caller resumes after it
          return;
        } catch (Exception e) {
          Throwable cause = e.getCause() != null ? e.getCause() : e;
          while (cause.getCause() != null && !(cause instanceof ExitTrapped)) cause = cause.getCause();
          outcome = cause instanceof ExitTrapped && cause.getMessage().equals("System.exit(0)") ? "ok" : "failed " + String.valueOf(cause).replace('\n', ' ').replace('\t', ' ');
        }
        results.println(i + "\t" + outcome);
      }
    }
    Runtime.getRuntime().halt(0); // generators leave non-daemon threads behind
  }
}
