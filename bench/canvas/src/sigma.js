import Graph from 'graphology';
import Sigma from 'sigma';
import { runBenchmark } from './harness.js';

let sigma;
let startState;

runBenchmark({
  create(container, data) {
    const graph = new Graph({ type: 'undirected' });
    for (const node of data.nodes) {
      // sizes in graph units (see the settings below): sigma's is a radius, cytoscape's a diameter
      graph.addNode(node.id, { x: node.x, y: -node.y, size: node.size / 2, color: node.colour, label: node.label });
    }
    for (const edge of data.edges) {
      graph.addEdgeWithKey(edge.id, edge.source, edge.target, { size: 0.4, color: 'rgba(184, 192, 204, 0.8)' });
    }
    // the constructor indexes the graph and draws the first frame before it returns
    sigma = new Sigma(graph, container, {
      // nodes and edges scale with the zoom as in cytoscape, rather than sigma's default square root
      itemSizesReference: 'positions',
      zoomToSizeRatioFunction: ratio => ratio,
      minEdgeThickness: 1,
      labelSize: 9,
      labelColor: { color: '#1b1b1b' },
      stagePadding: 24
    });
    return true;
  },
  onDraw(listener) {
    let start;
    sigma.on('beforeRender', () => { start = performance.now(); });
    sigma.on('afterRender', () => listener(performance.now() - start));
  },
  usesWebgl() {
    const contexts = Object.values(sigma.webGLContexts || {});
    return contexts.length > 0 && contexts.every(context => context instanceof WebGL2RenderingContext
      || context instanceof WebGLRenderingContext);
  },
  mark() {
    startState = sigma.getCamera().getState();
  },
  pan(dx, dy) {
    const { width, height } = sigma.getDimensions();
    const centre = sigma.viewportToFramedGraph({ x: width / 2 - dx, y: height / 2 - dy }, { cameraState: startState });
    sigma.getCamera().setState({ x: centre.x, y: centre.y });
  },
  zoom(factor) {
    sigma.getCamera().setState({ ratio: startState.ratio / factor });
  }
});
