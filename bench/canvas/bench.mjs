// Drives the system's headless Chromium through the renderer pages in site/ and through the explorer
// of the packaged application; prints the figures as a table and writes them as JSON.
// Usage: node bench.mjs [--runs 3] [--seconds 5] [--loads 5] [--jar path] [--skip-app] [--out file] [--shots dir]
//                       [--angle swiftshader|gl-egl] [--renderers sigma,cytoscape-canvas,...]
import puppeteer from 'puppeteer-core';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';

const RENDERERS = ['cytoscape-canvas', 'cytoscape-webgl', 'cytoscape-webgl-nolabels', 'sigma'];
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 800, deviceScaleFactor: 1 };
const here = new URL('.', import.meta.url).pathname;

const options = parseArguments(process.argv.slice(2));
// Without a GPU, WebGL runs in software through ANGLE: on SwiftShader (Chromium's own, which must be allowed
// explicitly) or, with --angle gl-egl, on the system's Mesa llvmpipe.
const CHROMIUM_ARGS = [`--use-angle=${options.angle}`, '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
  '--no-sandbox', `--window-size=${VIEWPORT.width},${VIEWPORT.height}`, '--hide-scrollbars', '--mute-audio'];

const results = { machine: await machine(), renderers: {}, app: null };
printMachine(results.machine);

const site = await staticServer(join(here, 'site'));
try {
  for (let run = 0; run < options.runs; run++) {
    // each run starts with another renderer, so that none always follows the same one
    const order = options.renderers.map((_, i) => options.renderers[(i + run) % options.renderers.length]);
    for (const renderer of order) {
      const figures = await measureRenderer(`${site.url}/${renderer}.html`, renderer, run);
      (results.renderers[renderer] ||= []).push(figures);
      console.log(`run ${run + 1} ${renderer.padEnd(24)} first render ${figures.firstRenderMs.toFixed(0)} ms `
        + `(drawn at ${figures.drawMs.toFixed(0)}), pan ${figures.pan.drawnFps.toFixed(1)} fps `
        + `(draw code ${figures.pan.medianDrawJsMs.toFixed(1)} ms), zoom ${figures.zoom.drawnFps.toFixed(1)} fps, `
        + `load average ${figures.loadAverage.toFixed(1)}`);
    }
  }
} finally {
  site.stop();
}
if (!options.skipApp) {
  results.app = await measureExplorer();
}
printTable(results);
if (options.out) {
  await writeFile(options.out, JSON.stringify(results, null, 2) + '\n');
  console.log(`figures written to ${options.out}`);
}

async function measureRenderer(url, renderer, run) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport(VIEWPORT);
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));
    await page.goto(url);
    const first = await page.evaluate(() => window.bench.firstRender());
    const webgl = await page.evaluate(() => window.bench.webgl());
    if (errors.length) {
      throw new Error(`${renderer}: the page failed: ${errors.join('; ')}`);
    }
    if (renderer !== 'cytoscape-canvas' && !webgl.usesWebgl) {
      throw new Error(`${renderer} does not draw through WebGL in this browser (${JSON.stringify(webgl)})`);
    }
    if (options.shots && run === 0) {
      await page.screenshot({ path: join(options.shots, `${renderer}.png`) });
    }
    await page.evaluate(() => window.bench.idle(1000));
    const pan = await page.evaluate(ms => window.bench.pan(ms), options.seconds * 1000);
    await page.evaluate(() => window.bench.idle(500));
    const zoom = await page.evaluate(ms => window.bench.zoom(ms), options.seconds * 1000);
    return { ...first, webgl, pan, zoom, loadAverage: loadavg()[0] };
  } finally {
    await browser.close();
  }
}

/** Starts the packaged application on a fresh data directory and free ports, and loads its start page. */
async function measureExplorer() {
  const data = await mkdtemp(join(tmpdir(), 'troika-bench-'));
  const port = await freePort();
  const env = { ...process.env, SERVER_PORT: String(port), TROIKA_BOLT_PORT: String(await freePort()),
    TROIKA_DATA_DIR: join(data, 'db') };
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const log = [];
  const app = spawn(java, ['-jar', options.jar], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  app.stdout.on('data', chunk => log.push(chunk));
  app.stderr.on('data', chunk => log.push(chunk));
  const exited = new Promise(resolve => app.on('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  try {
    const started = Date.now();
    await waitUntilReady(base, exited, log);
    console.log(`explorer: application ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const browser = await launch();
    try {
      const loads = [];
      for (let load = 0; load <= options.loads; load++) {
        const figures = await loadExplorer(browser, base);
        loads.push(figures);
        console.log(`explorer load ${load === 0 ? 'cold' : load}: settled at ${figures.settledMs.toFixed(0)} ms, `
          + `${figures.renderedNodes} nodes, ${figures.renderedEdges} edges`);
      }
      return { cold: loads[0], warm: loads.slice(1) };
    } finally {
      await browser.close();
    }
  } finally {
    app.kill('SIGTERM');
    await exited;
    await rm(data, { recursive: true, force: true });
  }
}

/** One visit by a new visitor: a fresh browser context, so nothing is cached. */
async function loadExplorer(browser, base) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    await page.evaluateOnNewDocument(() => {
      // times are performance.now(): milliseconds since the navigation started
      new MutationObserver(() => {
        const graph = document.querySelector('troika-graph[data-settled]');
        if (graph && !window.troikaSettled) {
          window.troikaSettled = {
            settledMs: performance.now(),
            renderedNodes: Number(graph.getAttribute('data-rendered-nodes')),
            renderedEdges: Number(graph.getAttribute('data-rendered-edges'))
          };
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-settled'] });
    });
    await page.goto(`${base}/`);
    await page.waitForFunction(() => window.troikaSettled, { timeout: 120000 });
    const settled = await page.evaluate(() => window.troikaSettled);
    const navigation = await page.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0];
      return { responseEndMs: entry.responseEnd, domContentLoadedMs: entry.domContentLoadedEventEnd,
        loadMs: entry.loadEventEnd };
    });
    return { ...settled, ...navigation };
  } finally {
    await context.close();
  }
}

async function waitUntilReady(base, exited, log) {
  const deadline = Date.now() + 300000;
  let stopped = false;
  exited.then(() => { stopped = true; });
  while (Date.now() < deadline) {
    if (stopped) {
      throw new Error(`the application stopped before it was ready:\n${Buffer.concat(log).toString().slice(-3000)}`);
    }
    try {
      const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ factCheck { holds } }' }) });
      if (response.ok && (await response.text()).includes('"holds":true')) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  throw new Error('the application was not ready within 5 minutes');
}

function launch() {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, defaultViewport: VIEWPORT });
}

async function staticServer(directory) {
  const port = await freePort();
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', directory],
    { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${url}/sigma.html`)).ok) {
        return { url, stop: () => server.kill() };
      }
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error('the static server did not start');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function machine() {
  const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
  const model = cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? cpus()[0]?.model;
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    const webgl = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const debug = gl?.getExtension('WEBGL_debug_renderer_info');
      return gl ? { version: gl.getParameter(gl.VERSION),
        renderer: debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER) } : null;
    });
    return { cores: cpus().length, cpu: model, memoryGiB: Math.round(totalmem() / 2 ** 30), loadAverage: loadavg(),
      chromium: await browser.version(), chromiumArgs: CHROMIUM_ARGS, webgl, viewport: VIEWPORT };
  } finally {
    await browser.close();
  }
}

function printMachine(m) {
  console.log(`${m.cores} cores, ${m.cpu}, ${m.memoryGiB} GiB, ${m.chromium} (headless)`);
  console.log(`WebGL: ${m.webgl ? `${m.webgl.version}; ${m.webgl.renderer}` : 'not available'}`);
  console.log(`load average ${m.loadAverage.map(load => load.toFixed(1)).join(' ')} (other work on the machine slows every figure)`);
}

function printTable({ renderers, app }) {
  const spread = values => {
    const sorted = [...values].sort((a, b) => a - b);
    return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
  };
  const cell = (values, digits) => {
    const { median, min, max } = spread(values);
    return `${median.toFixed(digits)} (${min.toFixed(digits)}–${max.toFixed(digits)})`;
  };
  console.log(`\n5,000 nodes, 20,000 edges, ${VIEWPORT.width}×${VIEWPORT.height}; median (min–max) of ${options.runs} runs`);
  const rows = [['renderer', 'first render ms', 'pan fps', 'pan browser fps', 'zoom fps', 'zoom browser fps']];
  for (const [renderer, runs] of Object.entries(renderers)) {
    rows.push([renderer, cell(runs.map(r => r.firstRenderMs), 0), cell(runs.map(r => r.pan.drawnFps), 1),
      cell(runs.map(r => r.pan.browserFps), 1), cell(runs.map(r => r.zoom.drawnFps), 1),
      cell(runs.map(r => r.zoom.browserFps), 1)]);
  }
  printRows(rows);
  if (app) {
    console.log(`\nexplorer start page: navigation start to <troika-graph data-settled>`);
    printRows([['load', 'settled ms', 'rendered nodes', 'rendered edges'],
      ['cold (first after start)', app.cold.settledMs.toFixed(0), String(app.cold.renderedNodes), String(app.cold.renderedEdges)],
      [`warm, median (min–max) of ${app.warm.length}`, cell(app.warm.map(l => l.settledMs), 0),
        String(app.warm[0].renderedNodes), String(app.warm[0].renderedEdges)]]);
  }
}

function printRows(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map(row => row[column].length)));
  const line = row => `| ${row.map((value, column) => value.padEnd(widths[column])).join(' | ')} |`;
  console.log(line(rows[0]));
  console.log(`|${widths.map(width => '-'.repeat(width + 2)).join('|')}|`);
  rows.slice(1).forEach(row => console.log(line(row)));
}

function parseArguments(args) {
  const parsed = { runs: 3, seconds: 5, loads: 5, jar: join(here, '../../frontend/target/troika.jar'),
    skipApp: false, out: null, shots: null, angle: 'swiftshader', renderers: RENDERERS };
  for (let i = 0; i < args.length; i++) {
    const name = args[i];
    const value = () => {
      if (i + 1 >= args.length) {
        throw new Error(`${name} needs a value`);
      }
      return args[++i];
    };
    const count = () => {
      const number = Number(value());
      if (!Number.isInteger(number) || number < 1) {
        throw new Error(`${name} needs a whole number of at least 1, not '${args[i]}'`);
      }
      return number;
    };
    switch (name) {
      case '--runs': parsed.runs = count(); break;
      case '--seconds': parsed.seconds = count(); break;
      case '--loads': parsed.loads = count(); break;
      case '--jar': parsed.jar = value(); break;
      case '--out': parsed.out = value(); break;
      case '--shots': parsed.shots = value(); break;
      case '--skip-app': parsed.skipApp = true; break;
      case '--angle': parsed.angle = value(); break;
      case '--renderers':
        parsed.renderers = value().split(',');
        for (const renderer of parsed.renderers) {
          if (!RENDERERS.includes(renderer)) {
            throw new Error(`unknown renderer '${renderer}'; known: ${RENDERERS.join(', ')}`);
          }
        }
        break;
      default: throw new Error(`unknown option '${name}'; known: --runs, --seconds, --loads, --jar, --out, --shots, `
        + '--skip-app, --angle, --renderers');
    }
  }
  return parsed;
}
