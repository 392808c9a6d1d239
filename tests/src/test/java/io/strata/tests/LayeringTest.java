package io.strata.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of shared/DESIGN.md §1, checked on the compiled classes of each module: which
 * modules a module may use, and that ANTLR stays in the parser and Netty in the protocol module.
 * Reads class files with the JDK's own ClassFile API, so it needs no extra dependency.
 */
class LayeringTest {
    private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

    /** Every class referenced from the constant pool of each class in a module: {@code from -> to} pairs. */
    private static List<String[]> references(String module) throws IOException {
        Path classes = ROOT.resolve(module).resolve("target/classes");
        List<String[]> out = new ArrayList<>();
        if (!Files.isDirectory(classes)) return out;
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                ClassModel model = ClassFile.of().parse(Files.readAllBytes(f));
                String from = model.thisClass().asInternalName().replace('/', '.');
                for (PoolEntry e : model.constantPool()) {
                    if (e instanceof ClassEntry c) {
                        String to = c.asInternalName().replace('/', '.');
                        while (to.startsWith("[")) to = to.substring(1);
                        if (to.startsWith("L") && to.endsWith(";")) to = to.substring(1, to.length() - 1);
                        if (to.length() == 1) continue; // a primitive array element type
                        out.add(new String[] {from, to});
                    }
                }
            }
        }
        return out;
    }

    private static void check(String module, BiPredicate<String, String> forbidden, String rule) throws IOException {
        List<String> violations = new ArrayList<>();
        for (String[] r : references(module)) {
            if (forbidden.test(r[0], r[1])) violations.add(r[0] + " -> " + r[1]);
        }
        assertTrue(violations.isEmpty(), module + ": " + rule + "\n" + String.join("\n", violations.stream().distinct().limit(20).toList()));
    }

    private static boolean strata(String cls, String... modules) {
        for (String m : modules) if (cls.startsWith("io.strata." + m + ".")) return true;
        return false;
    }

    @Test
    void coreDependsOnNothingOfOurs() throws IOException {
        check("core", (from, to) -> !to.startsWith("java.") && !to.startsWith("io.strata.core."),
                "core uses only the JDK and itself");
    }

    @Test
    void modulesUseOnlyTheLayersBelow() throws IOException {
        check("vector-exec", (from, to) -> strata(to, "sql", "formats", "http", "server", "client", "mergetree"),
                "vector-exec depends only on core");
        check("sql", (from, to) -> strata(to, "formats", "http", "server", "client", "mergetree"),
                "sql depends only on core and vector-exec");
        check("formats", (from, to) -> strata(to, "exec", "sql", "http", "server", "client", "mergetree"),
                "formats depends only on core");
        check("compression", (from, to) -> strata(to, "exec", "sql", "formats", "http", "server", "client", "mergetree"),
                "compression depends only on core");
        check("http-api", (from, to) -> strata(to, "exec", "sql", "server", "client", "mergetree"),
                "protocol modules are adapters around QueryRunner");
        check("client-cli", (from, to) -> strata(to, "exec", "sql", "server", "http", "mergetree"),
                "the client depends only on core, formats, compression and the native protocol");
        check("native-protocol", (from, to) -> strata(to, "exec", "sql", "formats", "server", "client", "http", "mergetree"),
                "the native protocol depends only on core and compression (an adapter around QueryRunner)");
    }

    @Test
    void antlrStaysInTheParserAndNettyInTheProtocolModule() throws IOException {
        for (String module : List.of("core", "vector-exec", "sql", "formats", "http-api", "native-protocol", "client-cli", "server")) {
            check(module, (from, to) -> to.startsWith("org.antlr.") && !from.startsWith("io.strata.sql.parser."),
                    "only io.strata.sql.parser sees ANTLR types");
            check(module, (from, to) -> to.startsWith("io.netty.") && !from.startsWith("io.strata.http."),
                    "only the HTTP module sees Netty");
        }
    }
}
