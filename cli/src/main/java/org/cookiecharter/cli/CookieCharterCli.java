package org.cookiecharter.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cookie-charter}: the project's command line, one subcommand per task. */
@Command(
    name = "cookie-charter",
    mixinStandardHelpOptions = true,
    versionProvider = CookieCharterCli.Version.class,
    description = "Keeps a site's cookie policy and what the site sets in step.",
    subcommands = {ScanCommand.class, DiffCommand.class, CommandLine.HelpCommand.class})
public final class CookieCharterCli implements Runnable {
  /** Exit code when the command could not run: bad arguments, no browser, site unreachable. */
  static final int CANNOT_RUN = 2;

  @SuppressWarnings("NullAway.Init") // picocli injects it before it runs the command
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(
        execute(
            new PrintWriter(System.out, true, Charset.defaultCharset()),
            new PrintWriter(System.err, true, Charset.defaultCharset()),
            args));
  }

  /** Runs the command line, printing to {@code out} and {@code err}; returns its exit code. */
  static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new CookieCharterCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    // Bad arguments are "could not run" (2), as a scan that cannot start.
    commandLine.setExitCodeExceptionMapper(e -> CANNOT_RUN);
    commandLine.setParameterExceptionHandler(
        (e, arguments) -> {
          CommandLine failed = e.getCommandLine();
          failed.getErr().println("cookie-charter: " + e.getMessage());
          failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
          return CANNOT_RUN;
        });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version in the jar's manifest, as Maven wrote it. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = CookieCharterCli.class.getPackage().getImplementationVersion();
      return new String[] {"cookie-charter " + (version == null ? "(development)" : version)};
    }
  }
}
