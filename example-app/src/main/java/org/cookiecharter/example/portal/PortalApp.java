package org.cookiecharter.example.portal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.cookiecharter.CharterResources;

/**
 * Starts the portal, or prints its charter.
 *
 * <pre>
 * java -jar cookie-charter-example-app.jar [--port N] [--host H] [--no-guard]
 *     serve on http://H:N/ (localhost:8080); without the guard: for the benchmark only
 * java -jar cookie-charter-example-app.jar --print
 *     print the text charter and exit
 * </pre>
 */
public final class PortalApp {
  static final String USAGE =
      "usage: java -jar cookie-charter-example-app.jar [--port N] [--host HOST] [--no-guard]"
          + " | --print | --help";

  private PortalApp() {}

  public static void main(String[] args) throws Exception {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command line; returns the exit status. Serving blocks until the server stops. */
  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    int port = 8080;
    String host = "localhost";
    boolean guarded = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--print" -> {
          // Bytes as generated: UTF-8 whatever the console's default encoding.
          out.write(CharterFiles.read(CharterResources.TEXT).getBytes(StandardCharsets.UTF_8));
          out.flush();
          return 0;
        }
        case "--no-guard" -> guarded = false;
        case "--help", "-h" -> {
          out.println(USAGE);
          return 0;
        }
        case "--port", "--host" -> {
          if (i + 1 == args.length) {
            err.println(arg + " needs a value\n" + USAGE);
            return 2;
          }
          String value = args[++i];
          if (arg.equals("--host")) {
            host = value;
          } else {
            try {
              port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              err.println("--port needs a number, not " + value + "\n" + USAGE);
              return 2;
            }
          }
        }
        default -> {
          err.println("unknown argument " + arg + "\n" + USAGE);
          return 2;
        }
      }
    }
    try (PortalServer server = PortalServer.start(host, port, guarded)) {
      out.println(
          "Portal on "
              + server.uri()
              + " - its cookie charter: "
              + server.uri().resolve(CharterServlet.PAGE.substring(1)));
      server.join();
    }
    return 0;
  }
}
