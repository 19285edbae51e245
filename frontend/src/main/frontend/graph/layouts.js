/**
 * The canvas's layouts. Each turns the drawn stakeholders (a Cytoscape collection) into target positions
 * { id: {x, y} }; the element then moves the nodes there. Force and tree layouts run in a Web Worker.
 */

/** Relationship types that run from the contained or led body up to its container or leader (docs/model.md). */
const CHILD_TO_PARENT = new Set(['LOCATED_IN', 'PART_OF', 'MEMBER_OF']);
/** Relationship types that run from the leading body down to the led one. */
const PARENT_TO_CHILD = new Set(['LEADS']);

const RING_GAP = 90;
const RING_SPACING = 28;

let worker;
let requests = 0;
const pending = new Map();

/** Sends a request to the layout worker, started on first use; resolves with its positions. */
function inWorker(request) {
  if (!worker) {
    worker = new Worker(new URL('./layout-worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }) => {
      const callbacks = pending.get(data.run);
      pending.delete(data.run);
      if (data.error) {
        callbacks?.reject(new Error(data.error));
      } else {
        callbacks?.resolve(data.positions);
      }
    };
    worker.onerror = event => {
      for (const callbacks of pending.values()) {
        callbacks.reject(new Error(event.message || 'the layout worker failed'));
      }
      pending.clear();
    };
  }
  const run = ++requests;
  return new Promise((resolve, reject) => {
    pending.set(run, { resolve, reject });
    worker.postMessage({ ...request, run });
  });
}

function links(nodes) {
  return nodes.connectedEdges().filter(edge => nodes.has(edge.source()) && nodes.has(edge.target()))
    .map(edge => ({ source: edge.source().id(), target: edge.target().id() }));
}

/**
 * Force-directed positions. {@code fixed} (a Set of ids) stay where they are; with {@code fromCurrent} the others
 * start where they stand, otherwise on a fresh spiral.
 */
export function force(nodes, { fixed, fromCurrent, alpha }) {
  return inWorker({
    kind: 'force',
    alpha,
    nodes: nodes.map(node => {
      const keep = fixed.has(node.id());
      const start = keep || fromCurrent ? { ...node.position() } : {};
      return { id: node.id(), size: node.width(), fixed: keep, ...start };
    }),
    links: links(nodes)
  });
}

/**
 * A top-down tree: containers and leaders above what they contain or lead. A stakeholder with no container or leader
 * in the scene (an owners' committee above its members, say) hangs below a linked stakeholder that has one (its
 * estate), so that it sits near what it belongs with; one linked to nothing of the chains hangs below its best-linked
 * neighbour. True roots (the district) stay on top.
 */
export function tree(nodes) {
  const treeLinks = [];
  const inTree = new Set();
  const hasParent = new Set();
  const linked = new Set();
  const isChild = (parent, child) => linked.has(parent + '\u0000' + child);
  for (const edge of nodes.connectedEdges()) {
    const type = edge.data('type');
    const source = edge.source().id();
    const target = edge.target().id();
    if (!nodes.has(edge.source()) || !nodes.has(edge.target())) {
      continue;
    }
    let link;
    if (CHILD_TO_PARENT.has(type)) {
      link = { parent: target, child: source };
    } else if (PARENT_TO_CHILD.has(type)) {
      link = { parent: source, child: target };
    } else {
      continue;
    }
    treeLinks.push(link);
    inTree.add(source).add(target);
    hasParent.add(link.child);
    linked.add(link.parent + '\u0000' + link.child);
  }
  for (const node of nodes) {
    if (hasParent.has(node.id())) {
      continue;
    }
    const neighbours = node.neighborhood('node').filter(neighbour => nodes.has(neighbour));
    const placed = neighbours.filter(neighbour => hasParent.has(neighbour.id())
      && !isChild(node.id(), neighbour.id()));
    const anchor = placed.nonempty() ? placed.max(neighbour => neighbour.degree(false)).ele
      : inTree.has(node.id()) ? null : neighbours.max(neighbour => neighbour.degree(false)).ele;
    if (anchor) {
      treeLinks.push({ parent: anchor.id(), child: node.id() });
    }
  }
  return inWorker({
    kind: 'tree',
    nodes: nodes.map(node => ({
      id: node.id(),
      size: node.height(),
      // room for the label below the disc, which is wider than the disc itself
      width: Math.max(node.width(), Math.min(90, 5.5 * String(node.data('label') || '').length))
    })),
    links: treeLinks
  });
}

/**
 * Rings around {@code focus} by hop distance; stakeholders it does not reach form the outermost ring. Each ring
 * keeps the order of the ring inside it, so that links run outward rather than across.
 */
export function radial(nodes, focus, centre) {
  const depth = new Map([[focus.id(), 0]]);
  const angleOf = new Map([[focus.id(), 0]]);
  const rings = [[focus]];
  let frontier = [focus];
  while (frontier.length > 0) {
    const next = [];
    for (const node of frontier) {
      for (const neighbour of node.neighborhood('node')) {
        if (nodes.has(neighbour) && !depth.has(neighbour.id())) {
          depth.set(neighbour.id(), rings.length);
          next.push(neighbour);
        }
      }
    }
    if (next.length > 0) {
      rings.push(next);
    }
    frontier = next;
  }
  const unreached = nodes.filter(node => !depth.has(node.id()));
  if (unreached.length > 0) {
    rings.push(unreached.toArray());
  }
  const positions = { [focus.id()]: { ...centre } };
  let radius = 0;
  rings.forEach((ring, index) => {
    if (index === 0) {
      return;
    }
    radius = Math.max(radius + RING_GAP, ring.length * RING_SPACING / (2 * Math.PI));
    const parentAngle = node => {
      const inner = node.neighborhood('node').filter(neighbour => depth.get(neighbour.id()) === index - 1);
      return inner.length > 0 ? angleOf.get(inner[0].id()) : Number.MAX_VALUE;
    };
    const ordered = ring.map(node => ({ node, key: parentAngle(node) }))
      .sort((a, b) => a.key - b.key || a.node.id().localeCompare(b.node.id()));
    ordered.forEach(({ node }, i) => {
      const angle = 2 * Math.PI * i / ordered.length;
      angleOf.set(node.id(), angle);
      positions[node.id()] = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    });
  });
  return positions;
}
