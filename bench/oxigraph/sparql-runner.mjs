// Oxigraph (its WebAssembly build from npm) side of bench/sparql-compare.sh, the counterpart of
// bench/jena/SparqlRunner.java and `KgExport.Benchmarks sparql`:
//   node bench/oxigraph/sparql-runner.mjs OXIGRAPH_DIR DATA.nt QUERYDIR OUTDIR RUNS [TIMEOUT_SECONDS]
// OXIGRAPH_DIR: an npm prefix holding node_modules/oxigraph. Loads DATA into an in-memory store (timed), then for every QUERYDIR/*.rq in
// name order writes its results to OUTDIR (SPARQL JSON, or N-Triples for graphs) and runs it RUNS more times.
// Prints "load\tTRIPLES\tWALL_MS\tCPU_MS" then "QUERY\tROWS\tBEST_WALL_MS\tBEST_CPU_MS" per query. The store's calls
// are synchronous and cannot be cancelled, so the store lives in a worker thread: a query still running after
// TIMEOUT_SECONDS (default 600) ends that worker, prints ">" and the timeout, and a new worker loads the data again
// (its load is not printed) and goes on with the next query.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, basename } from 'node:path';

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

if (isMainThread) {
  const [dir, data, queryDir, out, runsText, timeoutText] = process.argv.slice(2);
  const runs = Number(runsText ?? 3);
  const timeoutMs = Number(timeoutText ?? 600) * 1000;
  mkdirSync(out, { recursive: true });
  const queries = readdirSync(queryDir).filter(f => f.endsWith('.rq')).sort();
  let next = 0;
  let first = true;
  const start = () => {
    if (next >= queries.length) return;
    const worker = new Worker(new URL(import.meta.url), { workerData: { dir, data, queryDir, out, runs, queries: queries.slice(next) } });
    let timer;
    const arm = () => { clearTimeout(timer); timer = setTimeout(() => {
      console.log(`${basename(queries[next], '.rq')}\t-\t>${timeoutMs}\t>${timeoutMs}`);
      next++;
      worker.terminate().then(start);
    }, timeoutMs); };
    worker.on('message', m => {
      if (m.load) { if (first) console.log(m.load); first = false; arm(); return; }
      console.log(m.line);
      next++;
      if (next < queries.length) arm(); else clearTimeout(timer);
    });
    worker.on('error', e => { clearTimeout(timer); console.error(e); process.exitCode = 1; });
  };
  start();
} else {
  const { dir, data, queryDir, out, runs, queries } = workerData;
  const oxigraph = createRequire(join(dir, 'package.json'))('oxigraph');
  let clock = performance.now();
  let cpu = cpuMs();
  const store = new oxigraph.Store();
  store.load(readFileSync(data, 'utf8'), { format: 'application/n-triples', no_transaction: true });
  parentPort.postMessage({ load: `load\t${store.size}\t${(performance.now() - clock).toFixed(0)}\t${(cpuMs() - cpu).toFixed(0)}` });
  for (const file of queries) {
    const name = basename(file, '.rq');
    const text = readFileSync(join(queryDir, file), 'utf8');
    const graph = /^\s*(CONSTRUCT|DESCRIBE)/im.test(text.replace(/^PREFIX.*$/gim, ''));
    const result = store.query(text, { results_format: graph ? 'application/n-triples' : 'application/sparql-results+json' });
    writeFileSync(join(out, name + (graph ? '.nt' : '.srj')), result);
    const rows = graph ? result.split('\n').filter(l => l.trim()).length
      : (JSON.parse(result).results?.bindings.length ?? 1);
    let best = Infinity;
    let bestCpu = Infinity;
    for (let i = 0; i < runs; i++) {
      clock = performance.now();
      cpu = cpuMs();
      const r = store.query(text);
      if (Array.isArray(r)) void r.length;
      best = Math.min(best, performance.now() - clock);
      bestCpu = Math.min(bestCpu, cpuMs() - cpu);
    }
    if (runs === 0) best = bestCpu = 0;
    parentPort.postMessage({ line: `${name}\t${rows}\t${best.toFixed(1)}\t${bestCpu.toFixed(1)}` });
  }
}
