// Apache Jena as an oracle for the differential tests, run in ONE JVM over many files (a JVM start costs ~0.65 s).
// Usage: java -cp "$(jena classpath)" TurtleOracle.java JOBS
// JOBS has one line per Turtle file: "<turtle path>\t<our N-Triples path or empty>\t<Jena N-Triples output path>".
// For each file it prints one line "<verdict>\t<turtle path>\t<detail>", where verdict is
//   REJECTED   Jena reports an error or warning (what `riot --validate` exits 1 on); nothing to compare
//   SAME       Jena accepts it, and our N-Triples is isomorphic to Jena's graph
//   DIFFERENT  Jena accepts it, and our N-Triples is not isomorphic (Jena's N-Triples is written for a diff)
//   MISSING    Jena accepts it, but we produced no N-Triples (we rejected it)
//   UNREADABLE Jena cannot read our N-Triples output
// Language tags are compared case-insensitively (RDF 1.1), by lower-casing them on both sides.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.apache.jena.graph.*;
import org.apache.jena.riot.*;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

public class TurtleOracle {
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        for (String job : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (job.isEmpty()) continue;
            String[] part = job.split("\t", -1);
            out.println(judge(part[0], part[1], part[2]));
        }
    }

    static String judge(String turtle, String ours, String jenaOut) {
        Graph expected = GraphFactory.createDefaultGraph();
        String problem = read(turtle, Lang.TURTLE, expected, true);
        if (problem != null) return "REJECTED\t" + turtle + "\t" + problem;
        try (OutputStream os = new FileOutputStream(jenaOut)) {
            RDFDataMgr.write(os, expected, Lang.NTRIPLES);
        } catch (IOException e) {
            return "UNREADABLE\t" + turtle + "\tcannot write " + jenaOut + ": " + e.getMessage();
        }
        if (ours.isEmpty() || !Files.exists(Path.of(ours))) return "MISSING\t" + turtle + "\twe rejected a file Jena accepts";
        Graph actual = GraphFactory.createDefaultGraph();
        // Our output is only read, not validated: Jena's IRI checker misjudges characters beyond U+FFFF in N-Triples.
        String unreadable = read(ours, Lang.NTRIPLES, actual, false);
        if (unreadable != null) return "UNREADABLE\t" + turtle + "\t" + unreadable;
        boolean same = lowerLanguageTags(expected).isIsomorphicWith(lowerLanguageTags(actual));
        return (same ? "SAME\t" : "DIFFERENT\t") + turtle + "\t" + expected.size() + " vs " + actual.size() + " triples";
    }

    /** Parses like `riot --validate`: any warning or error means the file is not accepted. Returns the first problem. */
    static String read(String path, Lang lang, Graph into, boolean checking) {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            public void warning(String message, long line, long col) { if (checking) problems.add("warning " + line + ":" + col + " " + message); }
            public void error(String message, long line, long col) { problems.add("error " + line + ":" + col + " " + message); }
            public void fatal(String message, long line, long col) {
                problems.add("fatal " + line + ":" + col + " " + message);
                throw new RiotException(message);
            }
        };
        try {
            RDFParser.create().source(path).lang(lang).checking(checking).errorHandler(collect).parse(into);
        } catch (RuntimeException e) {
            if (problems.isEmpty()) problems.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return problems.isEmpty() ? null : problems.get(0).replace('\t', ' ').replace('\n', ' ');
    }

    static Graph lowerLanguageTags(Graph g) {
        Graph copy = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> copy.add(Triple.create(t.getSubject(), t.getPredicate(), lower(t.getObject()))));
        return copy;
    }

    static Node lower(Node n) {
        if (!n.isLiteral() || n.getLiteralLanguage().isEmpty()) return n;
        return NodeFactory.createLiteral(n.getLiteralLexicalForm(), n.getLiteralLanguage().toLowerCase(Locale.ROOT));
    }
}
