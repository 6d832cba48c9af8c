package org.cookiecharter.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.batch.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged processor jar, alone on the processor path of a compiler run in a process of its
 * own, as a newcomer's build runs it: javac (of the JDK that runs the tests: CI runs them on JDK 17
 * and 25) and Eclipse's compiler. Its outputs are those of the processor in the tests' own JVM,
 * byte for byte. Run by Maven's failsafe plugin, after the jar is packaged.
 */
class ProcessorJarIT {
  /** The jar as the build packaged it, and the folder of its own classes: failsafe passes them. */
  private static final Path PROCESSOR_JAR =
      Path.of(System.getProperty("cookiecharter.processorJar"));

  private static final List<String> OPTIONS = List.of("--release", "17", "-encoding", "UTF-8");

  @TempDir Path work;

  private List<Path> sources;

  @BeforeEach
  void writeSources() throws IOException {
    sources =
        DirectoryCompilation.writeSources(work.resolve("src"), ReproducibleBuildTest.sources());
  }

  @Test
  void javacWithTheJarAloneWritesWhatTheProcessorWrites() throws Exception {
    Path out = work.resolve("javac");
    Run run = javac(List.of(PROCESSOR_JAR), out, sources);

    assertThat(run.output()).isEmpty();
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(outputDigests(out)).isEqualTo(reference().outputDigests());
  }

  @Test
  void javacWithTheJarAloneChecksTheCalls() throws Exception {
    List<JavaFileObject> withUndeclared = new ArrayList<>(ReproducibleBuildTest.sources());
    withUndeclared.add(Stubs.handler("new jakarta.servlet.http.Cookie(\"tracker\", \"v\");"));
    List<Path> files = DirectoryCompilation.writeSources(work.resolve("src2"), withUndeclared);
    Path handler = files.get(files.size() - 1);

    Run run = javac(List.of(PROCESSOR_JAR), work.resolve("undeclared"), files);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.output())
        .isEqualTo(
            handler
                + ":7: error: [cookie-charter:UndeclaredCookie] cookie \"tracker\" is set here by"
                + " new jakarta.servlet.http.Cookie(...), but no @DeclaredCookie declares it:"
                + " annotate the constant that holds its name with @DeclaredCookie(provider,"
                + " service, purpose, category) and use that constant here\n"
                + "    new jakarta.servlet.http.Cookie(\"tracker\", \"v\");\n"
                + "                                    ^\n"
                + "1 error\n");
  }

  @Test
  void eclipsesCompilerWithTheJarAloneWritesWhatTheProcessorWrites() throws Exception {
    Path out = work.resolve("ecj");
    List<String> command = new ArrayList<>(javaCommand("-jar", jarOf(Main.class).toString()));
    command.addAll(List.of("-17", "-encoding", "UTF-8", "-proceedOnError"));
    // The class path first: ECJ takes a -classpath given after -processorpath as its processors'.
    command.addAll(List.of("-classpath", annotationsOnClassPath().toString()));
    command.addAll(List.of("-processorpath", PROCESSOR_JAR.toString()));
    command.addAll(outputOptions(out));
    sources.forEach(source -> command.add(source.toString()));

    Run run = run(command);

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.output())
        .isEqualTo(
            "1. INFO: [cookie-charter:CallsNotChecked] cookie-setting calls were not checked for"
                + " undeclared cookies: the processing environment,"
                + " org.eclipse.jdt.internal.compiler.apt.dispatch.BatchProcessingEnvImpl, is not"
                + " javac's and wraps none that cookie-charter can find (Eclipse's compiler, or a"
                + " build tool's wrapper). The registry and the charter are generated as usual\n"
                + "1 problem (1 info)\n");
    assertThat(outputDigests(out)).isEqualTo(reference().outputDigests());
  }

  /** A processor path without the classes the jar carries: the path to fix, named. */
  @Test
  void aFolderOfTheProcessorsClassesAloneNamesWhatIsMissing() throws Exception {
    Path classes = Path.of(System.getProperty("cookiecharter.processorClasses"));

    Run run = javac(List.of(classes), work.resolve("broken"), sources);

    assertWithMessage(run.command() + "\n" + run.output()).that(run.exitCode()).isEqualTo(1);
    assertThat(run.output())
        .isEqualTo(
            "error: [cookie-charter:IncompleteProcessorPath] cookie-charter cannot run: its class"
                + " org.cookiecharter.DeclaredCookie is missing from the annotation processor"
                + " path, which has cookie-charter from "
                + classes
                + ". Put the cookie-charter-processor jar itself on the processor path (Maven's"
                + " annotationProcessorPaths, Gradle's annotationProcessor, javac's"
                + " -processorpath): it holds every class the processor needs, and needs nothing"
                + " else; a folder of its classes, or a jar rebuilt without its dependencies, is"
                + " not enough. Your code is not the cause\n"
                + "1 error\n");
  }

  private Run javac(List<Path> processorPath, Path out, List<Path> files) throws Exception {
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    List<String> command = new ArrayList<>(List.of(javac.toString()));
    command.addAll(OPTIONS);
    command.addAll(List.of("-processorpath", join(processorPath)));
    command.addAll(List.of("-classpath", annotationsOnClassPath().toString()));
    command.addAll(outputOptions(out));
    files.forEach(file -> command.add(file.toString()));
    return run(command);
  }

  /** The processor in this JVM, over the same sources: what the jar must write. */
  private DirectoryCompilation reference() {
    return DirectoryCompilation.compileFromDisk(
        ToolProvider.getSystemJavaCompiler(),
        work.resolve("reference"),
        OPTIONS,
        ReproducibleBuildTest.sources().toArray(JavaFileObject[]::new));
  }

  private static List<String> outputOptions(Path out) throws IOException {
    return List.of(
        "-d",
        Files.createDirectories(out.resolve("classes")).toString(),
        "-s",
        Files.createDirectories(out.resolve("generated-sources")).toString());
  }

  private static java.util.Map<String, String> outputDigests(Path out) {
    return DirectoryCompilation.outputDigests(
        out.resolve("classes"), out.resolve("generated-sources"));
  }

  /** The annotations module, which the application compiles against: its jar or its classes. */
  private static Path annotationsOnClassPath() throws URISyntaxException {
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (path.getFileName().toString().startsWith("cookie-charter-annotations")
          || path.endsWith(Path.of("annotations", "target", "classes"))) {
        return path;
      }
    }
    throw new AssertionError("the annotations module is not on the test class path");
  }

  private static Path jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<String> javaCommand(String... arguments) {
    List<String> command =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(List.of(arguments));
    return command;
  }

  private static String join(List<Path> paths) {
    return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
  }

  private record Run(List<String> command, int exitCode, String output) {}

  /** Runs {@code command}, its output and errors together, with a time limit. */
  private Run run(List<String> command) throws IOException, InterruptedException {
    Path output = Files.createTempFile(work, "output", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("did not finish in 2 minutes: " + command);
    }
    return new Run(
        command,
        process.exitValue(),
        Files.readString(output, StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }
}
