// Apache Jena as an oracle for the differential tests, run in ONE JVM over many files (a JVM start costs ~0.65 s).
// Usage: java -cp "$(jena classpath)" SyntaxOracle.java JOBS
// JOBS has one line per input file: "<input path>\t<our N-Quads path or empty>\t<Jena N-Quads output path>".
// The input syntax comes from the extension (.ttl, .trig, .nt, .nq, .rdf). For each file it prints one line
// "<verdict>\t<input path>\t<detail>", where verdict is
//   REJECTED   Jena reports an error or warning (what `riot --validate` exits 1 on); nothing to compare
//   SAME       Jena accepts it, and our output is isomorphic to Jena's dataset
//   DIFFERENT  Jena accepts it, and our output is not isomorphic (Jena's N-Quads is written for a diff)
//   MISSING    Jena accepts it, but we produced no output (we rejected it)
//   UNREADABLE Jena cannot read our output
// Language tags are compared case-insensitively (RDF 1.1), by lower-casing them on both sides.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import org.apache.jena.graph.*;
import org.apache.jena.riot.*;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.*;
import org.apache.jena.sparql.util.IsoMatcher;

public class SyntaxOracle {
    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        for (String job : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (job.isEmpty()) continue;
            String[] part = job.split("\t", -1);
            out.println(judge(part[0], part[1], part[2]));
        }
    }

    static Lang langOf(String path) {
        if (path.endsWith(".trig")) return Lang.TRIG;
        if (path.endsWith(".nq")) return Lang.NQUADS;
        if (path.endsWith(".nt")) return Lang.NTRIPLES;
        if (path.endsWith(".rdf")) return Lang.RDFXML;
        return Lang.TURTLE;
    }

    static String judge(String input, String ours, String jenaOut) {
        DatasetGraph expected = DatasetGraphFactory.create();
        String problem = read(input, langOf(input), expected, true);
        if (problem != null) return "REJECTED\t" + input + "\t" + problem;
        try (OutputStream os = new FileOutputStream(jenaOut)) {
            RDFDataMgr.write(os, expected, Lang.NQUADS);
        } catch (IOException e) {
            return "UNREADABLE\t" + input + "\tcannot write " + jenaOut + ": " + e.getMessage();
        }
        if (ours.isEmpty() || !Files.exists(Path.of(ours))) return "MISSING\t" + input + "\twe rejected a file Jena accepts";
        DatasetGraph actual = DatasetGraphFactory.create();
        // Our output is only read, not validated: Jena's IRI checker misjudges characters beyond U+FFFF in N-Quads.
        String unreadable = read(ours, Lang.NQUADS, actual, false);
        if (unreadable != null) return "UNREADABLE\t" + input + "\t" + unreadable;
        DatasetGraph a = lowerLanguageTags(expected), b = lowerLanguageTags(actual);
        // Graph isomorphism (GraphMatcher) is fast; dataset isomorphism (IsoMatcher) backtracks badly on big graphs
        // with many blank nodes, so it is used only when there are named graphs.
        boolean same = isTriplesOnly(a) && isTriplesOnly(b)
            ? a.getDefaultGraph().isIsomorphicWith(b.getDefaultGraph())
            : IsoMatcher.isomorphic(a, b);
        return (same ? "SAME\t" : "DIFFERENT\t") + input + "\t" + size(expected) + " vs " + size(actual) + " quads";
    }

    static boolean isTriplesOnly(DatasetGraph dsg) {
        return !dsg.listGraphNodes().hasNext();
    }

    static long size(DatasetGraph dsg) {
        long n = 0;
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); it.next()) n++;
        return n;
    }

    /** Parses like `riot --validate` when checking: any warning or error means the file is not accepted. */
    static String read(String path, Lang lang, DatasetGraph into, boolean checking) {
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

    static DatasetGraph lowerLanguageTags(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.create();
        dsg.find().forEachRemaining(q -> copy.add(new Quad(q.getGraph(), q.getSubject(), q.getPredicate(), lower(q.getObject()))));
        return copy;
    }

    static Node lower(Node n) {
        if (!n.isLiteral() || n.getLiteralLanguage().isEmpty()) return n;
        return NodeFactory.createLiteral(n.getLiteralLexicalForm(), n.getLiteralLanguage().toLowerCase(Locale.ROOT));
    }
}
