import java.io.FileOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryCancelledException;
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
 *   java -cp "$(jena classpath)" SparqlRunner DATA.nt QUERYDIR OUTDIR RUNS [TIMEOUT_SECONDS]
 * loads DATA into an in-memory dataset (timed), then for every QUERYDIR/*.rq in name order writes its results to
 * OUTDIR (SPARQL JSON, or N-Triples for CONSTRUCT/DESCRIBE) and runs it RUNS more times, consuming every result.
 * Prints "load\tTRIPLES\tWALL_MS\tCPU_MS" then "QUERY\tROWS\tBEST_WALL_MS\tBEST_CPU_MS" per query (CPU: this
 * process's CPU time, which a busy shared machine disturbs far less than wall time): the same lines as
 * `KgExport.Benchmarks sparql`. A query still running after TIMEOUT_SECONDS (default 600) is cancelled: its
 * times are then printed as "&gt;" and the timeout, and it is not run again.
 */
public final class SparqlRunner {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path queries = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int runs = Integer.parseInt(args[3]);
        long timeoutMs = args.length > 4 ? Long.parseLong(args[4]) * 1000 : 600_000;
        Files.createDirectories(out);
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        Dataset dataset = DatasetFactory.create();
        RDFDataMgr.read(dataset, data.toString());
        long triples = dataset.getDefaultModel().size();
        System.out.printf("load\t%d\t%.0f\t%.0f%n", triples, (System.nanoTime() - start) / 1e6, (cpuNanos() - cpuStart) / 1e6);
        List<Path> files;
        try (Stream<Path> s = Files.list(queries)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().collect(Collectors.toList());
        }
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            Query query = QueryFactory.read(file.toString());
            long rows;
            try {
                rows = write(query, dataset, out, name, timeoutMs);
            } catch (QueryCancelledException e) {
                System.out.printf("%s\t-\t>%d\t>%d%n", name, timeoutMs, timeoutMs);
                System.out.flush();
                continue;
            }
            double best = Double.MAX_VALUE;
            double bestCpu = Double.MAX_VALUE;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                long c = cpuNanos();
                consume(query, dataset);
                best = Math.min(best, (System.nanoTime() - t) / 1e6);
                double cpu = (cpuNanos() - c) / 1e6;
                // A thread that ends during the run takes its CPU time with it: such a run's CPU time is not kept.
                if (cpu >= 0) bestCpu = Math.min(bestCpu, cpu);
            }
            System.out.printf("%s\t%d\t%.1f\t%.1f%n", name, rows, runs == 0 ? 0.0 : best, runs == 0 || bestCpu == Double.MAX_VALUE ? -1.0 : bestCpu);
            System.out.flush();
        }
    }

    /**
     * CPU time of this process in nanoseconds: the sum over its threads of /proc/self/task/N/schedstat's first field
     * (nanosecond precision; the management bean's process CPU time ticks in 10 ms steps here). The same
     * measure as KgExport.Benchmarks uses. Falls back to the management bean off Linux.
     */
    private static long cpuNanos() {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            long sum = 0;
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String line = Files.readString(t.resolve("schedstat"));
                    sum += Long.parseLong(line.substring(0, line.indexOf(' ')));
                } catch (Exception gone) {
                    // the thread ended while we were reading
                }
            }
            return sum;
        } catch (Exception e) {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    private static long write(Query query, Dataset dataset, Path out, String name, long timeoutMs) throws Exception {
        try (QueryExecution qe = QueryExecutionFactory.create(query, dataset)) {
            qe.setTimeout(timeoutMs);
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
