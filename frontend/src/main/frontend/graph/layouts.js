/**
 * The canvas's layouts. Each turns the drawn stakeholders (the scene: a graphology graph whose nodes carry sigma's
 * `x` and `y`, and their `diameter`) into target positions { id: {x, y} };
 * the element then moves the nodes there. Force and tree layouts run in a Web Worker.
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

/** The scene's relationships as { source, target }, one per linked pair and direction. */
function links(graph) {
  return graph.mapEdges((edge, attributes, source, target) => ({ source, target }));
}

/** A stakeholder's place in the layouts' frame: sigma's y points up, the layouts' (and the screen's) down. */
export function position(graph, id) {
  const attributes = graph.getNodeAttributes(id);
  return { x: attributes.x, y: -attributes.y };
}

/** The neighbour of {@code candidates} with the most relationships, or null. */
function bestLinked(graph, candidates) {
  let best = null;
  for (const id of candidates) {
    if (best === null || graph.degree(id) > graph.degree(best)) {
      best = id;
    }
  }
  return best;
}

/**
 * Force-directed positions. {@code fixed} (a Set of ids) stay where they are; with {@code fromCurrent} the others
 * start where they stand, otherwise on a fresh spiral.
 */
export function force(graph, { fixed, fromCurrent, alpha }) {
  return inWorker({
    kind: 'force',
    alpha,
    nodes: graph.mapNodes((id, attributes) => {
      const keep = fixed.has(id);
      const start = keep || fromCurrent ? position(graph, id) : {};
      return { id, size: attributes.diameter, fixed: keep, ...start };
    }),
    links: links(graph)
  });
}

/**
 * A top-down tree: containers and leaders above what they contain or lead. A stakeholder with no container or leader
 * in the scene (an owners' committee above its members, say) hangs below a linked stakeholder that has one (its
 * estate), so that it sits near what it belongs with; one linked to nothing of the chains hangs below its best-linked
 * neighbour. True roots (the district) stay on top.
 */
export function tree(graph) {
  const treeLinks = [];
  const inTree = new Set();
  const hasParent = new Set();
  const linked = new Set();
  const isChild = (parent, child) => linked.has(parent + '\u0000' + child);
  graph.forEachEdge((edge, attributes, source, target) => {
    const type = attributes.relation;
    let link;
    if (CHILD_TO_PARENT.has(type)) {
      link = { parent: target, child: source };
    } else if (PARENT_TO_CHILD.has(type)) {
      link = { parent: source, child: target };
    } else {
      return;
    }
    treeLinks.push(link);
    inTree.add(source).add(target);
    hasParent.add(link.child);
    linked.add(link.parent + '\u0000' + link.child);
  });
  graph.forEachNode(id => {
    if (hasParent.has(id)) {
      return;
    }
    const neighbours = graph.neighbors(id);
    const placed = neighbours.filter(neighbour => hasParent.has(neighbour) && !isChild(id, neighbour));
    const anchor = placed.length > 0 ? bestLinked(graph, placed)
      : inTree.has(id) ? null : bestLinked(graph, neighbours);
    if (anchor) {
      treeLinks.push({ parent: anchor, child: id });
    }
  });
  return inWorker({
    kind: 'tree',
    nodes: graph.mapNodes((id, attributes) => ({
      id,
      size: attributes.diameter,
      // room for the label below the disc, which is wider than the disc itself
      width: Math.max(attributes.diameter, Math.min(90, 5.5 * String(attributes.label || '').length))
    })),
    links: treeLinks
  });
}

/**
 * Rings around {@code focus} (an id) by hop distance; stakeholders it does not reach form the outermost ring. Each ring
 * keeps the order of the ring inside it, so that links run outward rather than across.
 */
export function radial(graph, focus, centre) {
  const depth = new Map([[focus, 0]]);
  const angleOf = new Map([[focus, 0]]);
  const rings = [[focus]];
  let frontier = [focus];
  while (frontier.length > 0) {
    const next = [];
    for (const id of frontier) {
      for (const neighbour of graph.neighbors(id)) {
        if (!depth.has(neighbour)) {
          depth.set(neighbour, rings.length);
          next.push(neighbour);
        }
      }
    }
    if (next.length > 0) {
      rings.push(next);
    }
    frontier = next;
  }
  const unreached = graph.filterNodes(id => !depth.has(id));
  if (unreached.length > 0) {
    rings.push(unreached);
  }
  const positions = { [focus]: { ...centre } };
  let radius = 0;
  rings.forEach((ring, index) => {
    if (index === 0) {
      return;
    }
    radius = Math.max(radius + RING_GAP, ring.length * RING_SPACING / (2 * Math.PI));
    const parentAngle = id => {
      const inner = graph.neighbors(id).filter(neighbour => depth.get(neighbour) === index - 1);
      return inner.length > 0 ? angleOf.get(inner[0]) : Number.MAX_VALUE;
    };
    const ordered = ring.map(id => ({ id, key: parentAngle(id) }))
      .sort((a, b) => a.key - b.key || a.id.localeCompare(b.id));
    ordered.forEach(({ id }, i) => {
      const angle = 2 * Math.PI * i / ordered.length;
      angleOf.set(id, angle);
      positions[id] = { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
    });
  });
  return positions;
}
