#!/usr/bin/env node
// Link-checker benchmark: 1,000 URLs on 5 local hosts (127.0.0.1, 5 ports), each answer delayed
// by 50 ms. Compares wall time with the lower bound the limits allow, and with linkinator and
// markdown-link-check when they are installed. Writes BENCHMARKS.urls.md.
//
//   node bench/urls.mjs              # full run, 3 interleaved rounds (several minutes)
//   node bench/urls.mjs --reps 1     # one round
//   node bench/urls.mjs --quick      # citecheck only
//
// Only loopback is contacted. The servers run in a child process so that their timers do not
// compete with the checker's event loop.
import { execFileSync, fork } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const HOSTS = 5;
const URLS = 1000;
const LATENCY_MS = 50;

if (process.argv[2] === '--serve') serve();
else await main();

// ---------------------------------------------------------------- servers (child process)

function serve() {
  const stats = [];
  const servers = [];
  const startLatencyServer = (index) =>
    new Promise((resolve) => {
      const counters = { requests: 0, methods: {}, inFlight: 0, maxInFlight: 0 };
      stats[index] = counters;
      const server = http.createServer((req, res) => {
        counters.requests++;
        counters.methods[req.method] = (counters.methods[req.method] ?? 0) + 1;
        counters.maxInFlight = Math.max(counters.maxInFlight, ++counters.inFlight);
        res.on('close', () => counters.inFlight--);
        setTimeout(() => {
          const body = `<!doctype html><html><head><title>Document ${req.url}</title></head><body><p>Text of ${req.url}.</p></body></html>`;
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) });
          res.end(req.method === 'HEAD' ? undefined : body);
        }, LATENCY_MS);
      });
      server.keepAliveTimeout = 30_000;
      servers.push(server);
      server.listen(0, '127.0.0.1', () => resolve(server.address().port));
    });

  // linkinator crawls from a page: serve one listing every URL (no latency, not counted).
  let pageHtml = '';
  const pageServer = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end(pageHtml);
  });
  servers.push(pageServer);

  process.on('disconnect', () => process.exit(0)); // the driver is gone (finished or crashed)
  process.on('message', (message) => {
    if (message.type === 'page') pageHtml = message.html;
    if (message.type === 'stats') {
      process.send({ type: 'stats', stats: stats.map((s) => ({ ...s, methods: { ...s.methods } })) });
      for (const s of stats) Object.assign(s, { requests: 0, methods: {}, maxInFlight: 0 });
    }
    if (message.type === 'stop') {
      for (const server of servers) server.closeAllConnections(), server.close();
      process.disconnect();
    }
  });

  Promise.all([...Array(HOSTS).keys()].map(startLatencyServer)).then((ports) => {
    pageServer.listen(0, '127.0.0.1', () => process.send({ type: 'ready', ports, pagePort: pageServer.address().port }));
  });
}

// ---------------------------------------------------------------- driver

function request(child, message, replyType) {
  return new Promise((resolve) => {
    const onMessage = (reply) => {
      if (reply.type !== replyType) return;
      child.off('message', onMessage);
      resolve(reply);
    };
    child.on('message', onMessage);
    if (message) child.send(message);
  });
}

/** Compiles src/net alone (the rest of src may be mid-edit) next to node_modules, so imports resolve. */
function compileChecker() {
  const outDir = join(ROOT, 'node_modules', '.cache', 'citecheck-bench');
  const sources = readdirSync(join(ROOT, 'src', 'net')).filter((f) => f.endsWith('.ts')).map((f) => join(ROOT, 'src', 'net', f));
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '--outDir', outDir, '--rootDir', join(ROOT, 'src'), '--module', 'NodeNext',
    '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--lib', 'ES2023', '--types', 'node', '--skipLibCheck',
    '--strict', ...sources], { stdio: 'inherit' });
  return pathToFileURL(join(outDir, 'net', 'index.js')).href;
}

async function optionalImport(name) {
  try {
    return await import(name);
  } catch {
    return null;
  }
}

/**
 * Lower bound for `requests` spread over hosts: each host serves at most `perHost` at a time,
 * everything together at most `concurrency`, and every answer takes LATENCY_MS.
 */
function lowerBoundMs(requestsPerHost, perHost, concurrency) {
  const perHostBound = Math.max(...requestsPerHost.map((n) => Math.ceil(n / Math.min(perHost, concurrency))));
  const total = requestsPerHost.reduce((a, b) => a + b, 0);
  return Math.max(perHostBound, Math.ceil(total / concurrency)) * LATENCY_MS;
}

async function main() {
  const quick = process.argv.includes('--quick');
  const repsArg = process.argv.indexOf('--reps');
  const reps = repsArg > 0 ? Math.max(1, Number(process.argv[repsArg + 1]) || 1) : 3;
  const loadBefore = loadavg()[0];
  const checkerUrl = compileChecker();
  const { checkUrls } = await import(checkerUrl);

  const child = fork(fileURLToPath(import.meta.url), ['--serve'], { stdio: 'inherit' });
  const { ports, pagePort } = await request(child, null, 'ready');
  const urls = [...Array(URLS).keys()].map((i) => `http://127.0.0.1:${ports[i % HOSTS]}/doc/${i}`);
  const urlsPerHost = ports.map((_, h) => urls.filter((_, i) => i % HOSTS === h).length);
  child.send({ type: 'page', html: `<html><body>${urls.map((u) => `<a href="${u}">x</a>`).join('\n')}</body></html>` });
  await request(child, { type: 'stats' }, 'stats'); // reset counters

  const configs = [];
  const add = (tool, limits, note, run) => configs.push({ tool, limits, note, run, samples: [] });

  const citecheck = (limits, soft404) => async () => {
    const results = await checkUrls(urls, { ...limits, soft404, allowPrivateNetwork: true, cacheDir: null, deadlineMs: 600_000 });
    const notOk = [...results].filter(([, o]) => o.kind !== 'ok');
    for (const [url, outcome] of notOk.slice(0, 3)) console.log(`  not ok: ${url} ${JSON.stringify(outcome)}`);
    return notOk.length;
  };

  const defaults = { concurrency: 16, perHost: 2 };
  const globalOnly = { concurrency: 16, perHost: 16 };
  const pairOnly = { concurrency: 2, perHost: 2 };
  add('citecheck', defaults, 'HEAD only (soft404: false)', citecheck(defaults, false));
  add('citecheck', defaults, 'default: soft-404 check on (HTML bodies needed)', citecheck(defaults, true));
  add('citecheck', globalOnly, 'HEAD only, same limits as linkinator below', citecheck(globalOnly, false));

  const skipped = [];
  const linkinator = quick ? null : await optionalImport('linkinator');
  if (linkinator) {
    add('linkinator 7.6.1', { concurrency: 16 }, 'recurse off, page of 1,000 links', async () => {
      const checker = new linkinator.LinkChecker();
      const result = await checker.check({ path: `http://127.0.0.1:${pagePort}/`, concurrency: 16, recurse: false, timeout: 30_000 });
      return result.links.filter((l) => l.url !== `http://127.0.0.1:${pagePort}/` && l.state !== 'OK').length;
    });
  } else skipped.push(quick ? 'linkinator (--quick)' : 'linkinator (not installed)');

  const markdownLinkCheck = quick ? null : (await optionalImport('markdown-link-check'))?.default;
  if (markdownLinkCheck) {
    add('citecheck', pairOnly, 'HEAD only, same limits as markdown-link-check below', citecheck(pairOnly, false));
    add('markdown-link-check 3.14.2', { concurrency: 2 }, 'its parallelism is fixed at 2', () =>
      new Promise((resolve, reject) => {
        const markdown = urls.map((u, i) => `- [doc ${i}](${u})`).join('\n');
        markdownLinkCheck(markdown, { timeout: '30s' }, (error, results) =>
          error ? reject(error) : resolve(results.filter((r) => r.status !== 'alive').length));
      }));
  } else skipped.push(quick ? 'markdown-link-check (--quick)' : 'markdown-link-check (not installed)');

  // An untimed warm-up (JIT of the checker and of the servers), then rounds that interleave the
  // tools, so that changes in the machine's load hit all of them alike.
  await configs[0].run();
  await request(child, { type: 'stats' }, 'stats');
  for (let round = 1; round <= reps; round++) {
    for (const config of configs) {
      const started = performance.now();
      const failures = await config.run();
      const wallMs = performance.now() - started;
      const { stats } = await request(child, { type: 'stats' }, 'stats');
      config.samples.push({ wallMs, failures, stats });
      console.log(`round ${round}: ${config.tool} [${config.note}] ${Math.round(wallMs)} ms, not ok ${failures}`);
    }
  }

  const rows = configs.map(({ tool, limits, note, samples }) => {
    const walls = samples.map((s) => s.wallMs).sort((a, b) => a - b);
    const { stats } = samples[0];
    const requestsPerHost = stats.map((s) => s.requests);
    const methods = {};
    for (const s of stats) for (const [m, n] of Object.entries(s.methods)) methods[m] = (methods[m] ?? 0) + n;
    const perHost = limits.perHost ?? limits.concurrency;
    return {
      tool,
      limits: limits.perHost ? `concurrency ${limits.concurrency}, perHost ${limits.perHost}` : `concurrency ${limits.concurrency} (no per-host limit)`,
      note,
      requests: requestsPerHost.reduce((a, b) => a + b, 0),
      methods: Object.entries(methods).map(([m, n]) => `${m} ${n}`).join(', '),
      maxPerHost: Math.max(...samples.flatMap((sample) => sample.stats.map((s) => s.maxInFlight))),
      medianMs: Math.round(walls[Math.floor((walls.length - 1) / 2)]),
      bestMs: Math.round(walls[0]),
      // The brief's bound: one request per URL.
      boundPerUrl: lowerBoundMs(urlsPerHost, perHost, limits.concurrency),
      // The same bound for the requests the tool actually made.
      boundPerRequest: lowerBoundMs(requestsPerHost, perHost, limits.concurrency),
      failures: Math.max(...samples.map((s) => s.failures)),
    };
  });
  for (const r of rows) {
    console.log(`${r.tool} [${r.limits}; ${r.note}]: median ${r.medianMs} ms (best ${r.bestMs}), bound ${r.boundPerUrl} ms, ` +
      `ratio ${(r.medianMs / r.boundPerUrl).toFixed(2)}, ${r.requests} requests, max in flight per host ${r.maxPerHost}`);
  }

  child.send({ type: 'stop' });
  writeReport(rows, skipped, reps, [loadBefore, loadavg()[0]]);
}

// ---------------------------------------------------------------- report

function writeReport(rows, skipped, reps, [loadBefore, loadAfter]) {
  const ratio = (a, b) => (a / b).toFixed(2);
  const table = [
    '| tool | limits | run | requests (methods) | max in flight per host | wall ms, median (best) | lower bound, 1 req/URL | ratio, median (best) | lower bound for the requests made | ratio, median | not ok |',
    '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.tool} | ${r.limits} | ${r.note} | ${r.requests} (${r.methods}) | ${r.maxPerHost} | ${r.medianMs} (${r.bestMs}) | ${r.boundPerUrl} | ${ratio(r.medianMs, r.boundPerUrl)} (${ratio(r.bestMs, r.boundPerUrl)}) | ${r.boundPerRequest} | ${ratio(r.medianMs, r.boundPerRequest)} | ${r.failures} |`),
  ].join('\n');
  const md = `# Link checker benchmark (\`bench/urls.mjs\`)

Setup: ${URLS} URLs spread evenly over ${HOSTS} local hosts (127.0.0.1 on ${HOSTS} ports, ${URLS / HOSTS} URLs each).
Every answer (HEAD or GET) is delayed by ${LATENCY_MS} ms; bodies are small HTML pages. Servers run in a
child process. Cache off (\`cacheDir: null\`), \`allowPrivateNetwork: true\` (loopback targets).
Machine: ${cpus().length} CPUs, Node ${process.version}, 1-minute load average ${loadBefore.toFixed(1)} before and
${loadAfter.toFixed(1)} after the run (the machine is shared: other work competes for the CPUs, so expect noise).
After one untimed warm-up run, each configuration ran ${reps} time(s), the tools interleaved round by round;
wall times are the median and the best.
Generated ${new Date().toISOString()} by \`node bench/urls.mjs --reps ${reps}\`.

Lower bound = max(max over hosts of ceil(requests_on_host / min(perHost, concurrency)), ceil(all_requests / concurrency)) × ${LATENCY_MS} ms.
"1 req/URL" is the bound of the brief (ceil(urls_per_host / perHost) × ${LATENCY_MS} ms, hosts in parallel, capped by the global limit);
"for the requests made" uses the number of requests each tool actually sent (HEAD + GET counts twice).

${table}

Notes:
- With the soft-404 check on (the default), a page answering 200 + HTML to HEAD is fetched again with GET
  (capped at \`maxBodyBytes\`) to look at its title and text. Once a host has served HTML, its next URLs start
  with GET directly (the HEAD would be followed by a GET anyway), so here only the first URL or two per
  host cost HEAD + GET. Hosts that have not served HTML keep getting HEAD first (one request for a PDF);
  a PDF on a host known for HTML gets a GET whose body is drained up to 8 KiB and then cut.
- undici closes the connection after every HEAD request (a guard against servers that send a body anyway),
  so HEAD-first costs one TCP connection per URL (on https also a TLS handshake); GETs whose bodies are drained
  reuse connections. This, and the shared machine, is most of the gap to the lower bound; the checker itself
  is mostly idle (about 2 ms of CPU per request, mainly connection set-up inside undici and node:net).
- linkinator has only a global \`concurrency\`, and it does not bound requests in flight: the servers saw far
  more than 16 at once on a single host (column "max in flight per host"), which is why it can beat the
  bound computed for 16. markdown-link-check has no concurrency setting at all (it checks 2 links at a
  time, hard-coded). citecheck is also run with matching limits next to each of them.
${skipped.length ? `- Not run: ${skipped.join(', ')}.\n` : ''}`;
  writeFileSync(join(ROOT, 'BENCHMARKS.urls.md'), md);
  console.log(`wrote ${join(ROOT, 'BENCHMARKS.urls.md')}`);
}
