import { benchmarkGraph } from './graph.js';

/**
 * Runs one renderer on the benchmark graph and exposes `window.bench` to the driver.
 * A renderer is an object with
 *   create(container, graph)  draws the graph; returns true when it drew before returning
 *   onDraw(listener)          calls listener(ms) after every frame the library draws, with the
 *                             milliseconds its drawing code ran on the main thread
 *   usesWebgl()               whether the instance really draws through a WebGL context
 *   pan(dx, dy)               moves the view by screen pixels from where the run started
 *   zoom(factor)              zooms by factor, around the centre, from where the run started
 *   mark()                    remembers the current view as where a run starts
 */
export function runBenchmark(renderer) {
  const graph = benchmarkGraph();
  const container = document.getElementById('graph');
  let draws = 0;
  let drawTimes = [];
  let firstDrawn;
  const drawn = new Promise(resolve => { firstDrawn = resolve; });
  const start = performance.now();
  const drewAlready = renderer.create(container, graph);
  renderer.onDraw(ms => {
    draws++;
    drawTimes.push(ms);
    firstDrawn(performance.now());
  });
  if (drewAlready) {
    draws++;
    firstDrawn(performance.now());
  }
  const firstRender = drawn.then(async drawnAt => {
    // the frame holding the first drawing has been handed to the compositor once the next frame begins
    await nextFrame();
    const shownAt = await nextFrame();
    return {
      drawMs: drawnAt - start,
      firstRenderMs: shownAt - start,
      sinceNavigationMs: shownAt,
      nodes: graph.nodes.length,
      edges: graph.edges.length
    };
  });

  /** Moves the view every frame for `ms` milliseconds; counts browser frames and frames the library drew. */
  async function animate(ms, step) {
    renderer.mark();
    const drawsBefore = draws;
    drawTimes = [];
    const frameTimes = [];
    await new Promise(resolve => {
      const frame = now => {
        frameTimes.push(now);
        if (now - frameTimes[0] >= ms) {
          resolve();
          return;
        }
        // the view changes before the next frame is requested, so that a library which draws in its own
        // animation frame callback (sigma) has that callback run first in the next frame and draws every frame
        step((now - frameTimes[0]) / 1000);
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    // the last view change is drawn in the following frame
    await nextFrame();
    const seconds = (frameTimes[frameTimes.length - 1] - frameTimes[0]) / 1000;
    const intervals = frameTimes.slice(1).map((time, i) => time - frameTimes[i]).sort((a, b) => a - b);
    const drawMs = [...drawTimes].sort((a, b) => a - b);
    return {
      seconds,
      browserFps: (frameTimes.length - 1) / seconds,
      drawnFps: (draws - drawsBefore) / seconds,
      medianFrameMs: intervals[Math.floor(intervals.length / 2)],
      p95FrameMs: intervals[Math.floor(intervals.length * 0.95)],
      medianDrawJsMs: drawMs[Math.floor(drawMs.length / 2)]
    };
  }

  window.bench = {
    firstRender: () => firstRender,
    webgl: () => ({ usesWebgl: renderer.usesWebgl(), ...webglInfo() }),
    idle: ms => new Promise(resolve => setTimeout(resolve, ms)),
    // a circle of 150 px radius, once every two seconds: the whole graph stays in the picture
    pan: ms => animate(ms, t => renderer.pan(150 * Math.cos(Math.PI * t) - 150, 150 * Math.sin(Math.PI * t))),
    // from the fitted view to four times closer and back, once every two seconds
    zoom: ms => animate(ms, t => renderer.zoom(Math.pow(4, (1 - Math.cos(Math.PI * t)) / 2)))
  };
}

/** Resolves in the next animation frame with the time its callback ran (the frame's own timestamp may be earlier). */
function nextFrame() {
  return new Promise(resolve => requestAnimationFrame(() => resolve(performance.now())));
}

/** What WebGL this browser offers: version, vendor and renderer strings (unmasked when allowed). */
function webglInfo() {
  const canvas = document.createElement('canvas');
  const gl = canvas.getContext('webgl2') || canvas.getContext('webgl');
  if (!gl) {
    return { webglAvailable: false };
  }
  const debug = gl.getExtension('WEBGL_debug_renderer_info');
  return {
    webglAvailable: true,
    webglVersion: gl.getParameter(gl.VERSION),
    webglVendor: debug ? gl.getParameter(debug.UNMASKED_VENDOR_WEBGL) : gl.getParameter(gl.VENDOR),
    webglRenderer: debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)
  };
}
