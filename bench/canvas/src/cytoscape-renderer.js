import cytoscape from 'cytoscape';

/**
 * Cytoscape.js with the explorer's style; `webgl` chooses its WebGL renderer over the 2D canvas one.
 * Without `labels` no node has a label: the WebGL renderer (3.35) ignores `min-zoomed-font-size` and
 * draws every label at every zoom, which the canvas renderer skips at the zooms of this benchmark.
 */
export function cytoscapeRenderer({ webgl, labels }) {
  let cy;
  let startPan;
  let startZoom;
  return {
    create(container, graph) {
      cy = cytoscape({
        container,
        elements: [
          ...graph.nodes.map(node => ({ group: 'nodes', data: node, position: { x: node.x, y: node.y } })),
          ...graph.edges.map(edge => ({ group: 'edges', data: edge }))
        ],
        layout: { name: 'preset', fit: true, padding: 24 },
        style: labels ? STYLE : [...STYLE, { selector: 'node', style: { 'label': '' } }],
        minZoom: 0.01,
        maxZoom: 4,
        renderer: webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' }
      });
      return false;
    },
    onDraw(listener) {
      // the 'render' event is not emitted by the WebGL path, so wrap the renderer's draw instead
      const renderer = cy.renderer();
      const render = renderer.render;
      renderer.render = function (...args) {
        const start = performance.now();
        const result = render.apply(this, args);
        listener(performance.now() - start);
        return result;
      };
    },
    usesWebgl() {
      const renderer = cy.renderer();
      return Boolean(renderer.webgl && renderer.data.contexts[renderer.WEBGL]);
    },
    mark() {
      startPan = { ...cy.pan() };
      startZoom = cy.zoom();
    },
    pan(dx, dy) {
      cy.pan({ x: startPan.x + dx, y: startPan.y + dy });
    },
    zoom(factor) {
      cy.zoom({ level: startZoom * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    }
  };
}

// the explorer's style (frontend graph/troika-graph.js), with fixed colours and sizes from the data
const STYLE = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      'label': 'data(label)',
      'font-size': 9,
      'color': '#1b1b1b',
      'text-valign': 'bottom',
      'text-margin-y': 2,
      'width': 'data(size)',
      'height': 'data(size)',
      'min-zoomed-font-size': 10
    }
  },
  {
    selector: 'edge',
    style: { 'width': 0.8, 'line-color': '#b8c0cc', 'curve-style': 'haystack', 'opacity': 0.8 }
  }
];
