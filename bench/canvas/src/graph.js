/**
 * The benchmark graph: 5,000 nodes and 20,000 edges, the same for every renderer and every run.
 * Nodes sit in 50 communities, as a force layout leaves a real network; four edges in five stay
 * inside a community, the rest cross the picture. Positions are preset, so no renderer lays out.
 */
export const NODE_COUNT = 5000;
export const EDGE_COUNT = 20000;
const COMMUNITIES = 50;
const SEED = 20260101;
const KIND_COLOURS = ['#d62828', '#1d4e89', '#2a9d8f', '#e9c46a', '#8e44ad', '#f4a261', '#6c757d', '#43aa8b'];

/** mulberry32: a small seeded PRNG, so that every page and every run draws the same graph. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchmarkGraph() {
  const random = prng(SEED);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const side = 4000;
  const centres = Array.from({ length: COMMUNITIES }, () => ({ x: random() * side, y: random() * side }));
  const members = centres.map(() => []);
  const nodes = [];
  for (let i = 0; i < NODE_COUNT; i++) {
    const community = i % COMMUNITIES;
    const centre = centres[community];
    members[community].push(i);
    nodes.push({
      id: `n${i}`,
      label: `stakeholder ${i}`,
      x: centre.x + gaussian() * 160,
      y: centre.y + gaussian() * 160,
      size: 6 + Math.floor(random() * 4) * 3,
      colour: KIND_COLOURS[Math.floor(random() * KIND_COLOURS.length)]
    });
  }
  const edges = [];
  const seen = new Set();
  while (edges.length < EDGE_COUNT) {
    const source = Math.floor(random() * NODE_COUNT);
    const community = random() < 0.8 ? members[source % COMMUNITIES] : members[Math.floor(random() * COMMUNITIES)];
    const target = community[Math.floor(random() * community.length)];
    const key = source < target ? `${source}-${target}` : `${target}-${source}`;
    if (source === target || seen.has(key)) {
      continue;
    }
    seen.add(key);
    edges.push({ id: `e${edges.length}`, source: `n${source}`, target: `n${target}` });
  }
  return { nodes, edges };
}
