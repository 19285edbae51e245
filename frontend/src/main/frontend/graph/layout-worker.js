import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import { Graph, layout as dagreLayout } from '@dagrejs/dagre';

/**
 * Computes layouts off the page's main thread, so that the canvas stays responsive while a large scene settles.
 * A request is { run, kind: 'force' | 'tree', nodes, links, ... }; the answer is { run, positions: { id: {x, y} } }.
 */
self.onmessage = ({ data }) => {
  try {
    const positions = data.kind === 'tree' ? tree(data) : force(data);
    self.postMessage({ run: data.run, positions });
  } catch (error) {
    self.postMessage({ run: data.run, error: String(error) });
  }
};

/**
 * nodes: { id, size, x?, y?, fixed } (fixed nodes keep x and y); links: { source, target }.
 * Without x and y a node starts on d3's phyllotaxis spiral, which gives the same picture for the same scene.
 */
function force({ nodes, links, alpha }) {
  const simNodes = nodes.map(node => {
    const simNode = { id: node.id, radius: node.size / 2 + 4 };
    if (node.x !== undefined) {
      simNode.x = node.x;
      simNode.y = node.y;
    }
    if (node.fixed) {
      simNode.fx = node.x;
      simNode.fy = node.y;
    }
    return simNode;
  });
  const simulation = forceSimulation(simNodes)
    // d3's link strength (one over the smaller degree) keeps a hub from dragging its leaves onto itself
    .force('link', forceLink(links.map(link => ({ ...link }))).id(node => node.id).distance(45))
    .force('charge', forceManyBody().strength(-90).distanceMax(500))
    .force('collide', forceCollide(node => node.radius))
    // a weak pull to the centre keeps unlinked parts of the scene from drifting away
    .force('x', forceX().strength(0.04))
    .force('y', forceY().strength(0.04))
    .alpha(alpha ?? 1)
    .stop();
  const ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
  }
  return Object.fromEntries(simNodes.map(node => [node.id, { x: node.x, y: node.y }]));
}

/** nodes: { id, size, width }; links: { parent, child }, already turned so that the parent comes first. */
function tree({ nodes, links }) {
  const graph = new Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 12, ranksep: 56, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of nodes) {
    graph.setNode(node.id, { width: node.width, height: node.size + 14 });
  }
  for (const link of links) {
    if (link.parent !== link.child) {
      graph.setEdge(link.parent, link.child);
    }
  }
  dagreLayout(graph);
  return Object.fromEntries(nodes.map(node => {
    const placed = graph.node(node.id);
    return [node.id, { x: placed.x, y: placed.y }];
  }));
}
