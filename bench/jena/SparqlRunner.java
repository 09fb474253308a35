import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Jena ARQ side of bench/sparql-compare.sh and of the differential tests, in ONE JVM per data file:
 *   java -cp "$(jena classpath)" SparqlRunner DATA.nt QUERYDIR OUTDIR RUNS
 * loads DATA into an in-memory dataset (timed), then for every QUERYDIR/*.rq in name order writes its results to
 * OUTDIR (SPARQL JSON, or N-Triples for CONSTRUCT/DESCRIBE) and runs it RUNS more times, consuming every result.
 * Prints "load\tTRIPLES\tMS" then "QUERY\tROWS\tBEST_MS" per query: the same lines as `KgExport.Benchmarks sparql`.
 */
public final class SparqlRunner {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path queries = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        long start = System.nanoTime();
        Dataset dataset = DatasetFactory.create();
        RDFDataMgr.read(dataset, data.toString());
        long triples = dataset.getDefaultModel().size();
        System.out.printf("load\t%d\t%.0f%n", triples, (System.nanoTime() - start) / 1e6);
        List<Path> files;
        try (Stream<Path> s = Files.list(queries)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().collect(Collectors.toList());
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            Query query = QueryFactory.read(file.toString());
            long rows = write(query, dataset, out, name);
            double best = Double.MAX_VALUE;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                consume(query, dataset);
                best = Math.min(best, (System.nanoTime() - t) / 1e6);
            }
            System.out.printf("%s\t%d\t%.1f%n", name, rows, runs == 0 ? 0.0 : best);
            System.out.flush();
        }
    }

    private static long write(Query query, Dataset dataset, Path out, String name) throws Exception {
        try (QueryExecution qe = QueryExecutionFactory.create(query, dataset)) {
            if (query.isSelectType()) {
                ResultSetRewindable rs = ResultSetFactory.copyResults(qe.execSelect());
                long rows = rs.size();
                try (OutputStream o = new FileOutputStream(out.resolve(name + ".srj").toFile())) {
                    ResultSetFormatter.outputAsJSON(o, rs);
                }
                return rows;
            }
            if (query.isAskType()) {
                boolean b = qe.execAsk();
                try (OutputStream o = new FileOutputStream(out.resolve(name + ".srj").toFile())) {
                    ResultSetFormatter.outputAsJSON(o, b);
                }
                return 1;
            }
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            try (OutputStream o = new FileOutputStream(out.resolve(name + ".nt").toFile())) {
                RDFDataMgr.write(o, m, Lang.NTRIPLES);
            }
            return m.size();
        }
    }

    private static void consume(Query query, Dataset dataset) {
        try (QueryExecution qe = QueryExecutionFactory.create(query, dataset)) {
            if (query.isSelectType()) ResultSetFormatter.consume(qe.execSelect());
            else if (query.isAskType()) qe.execAsk();
            else if (query.isConstructType()) qe.execConstruct().size();
            else qe.execDescribe().size();
        }
    }
}
