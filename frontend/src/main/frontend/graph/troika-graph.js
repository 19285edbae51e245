import Graph from 'graphology';
import Sigma from 'sigma';
import { animateNodes } from 'sigma/utils';
import { createNodeProgram, edgeLook, nodeLook, sigmaSettings, FADED_OPACITY } from './styles.js';
import { force, position, radial, tree } from './layouts.js';
import { exportImage } from './image-export.js';
import { SizedElement } from '../shared/sized-element.js';

const LAYOUTS = ['force', 'radial', 'hierarchical'];
const ANIMATION_MS = 400;
const FIT = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

let nodeProgram;

/**
 * <troika-graph>: the graph canvas, drawn by sigma.js (WebGL) from a graphology graph. The Java component GraphCanvas
 * drives it through properties holding JSON: `scene`, `selection`, `layout`, `pinned`, `more` and `highlight`; and
 * hears `node-select` (click), `node-expand` (double click), `node-pin` (right-click) and `node-more` (click on a
 * "+N" badge). Properties rather than method calls, because the server may set them before this module has upgraded
 * the element. Sigma starts only once the element has a size, and follows every resize, so the graph never renders
 * cramped. Attributes for tests and screenshots: `data-settled` marks a scene laid out and fitted,
 * `data-rendered-nodes` and `data-rendered-edges` count the stakeholders and relationships drawn (badges not
 * included), `data-layout` names the layout in use and `data-renderer` is `webgl`.
 * The methods under "test surface" tell what is drawn without reaching into sigma.
 */
class TroikaGraph extends SizedElement {

  constructor() {
    super();
    this.layoutName = 'force';
    this.focusId = null;
    this.selectionIds = [];
    this.pinnedIds = new Set();
    this.moreCounts = {};
    this.highlighted = { nodes: new Set(), links: new Set() };
    this.layoutRun = 0;
    this.graph = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  }

  static earlyProperties = ['layout', 'pinned', 'more', 'highlight', 'selection', 'scene'];

  created() {
    // a right-click pins: the browser's own menu would cover the canvas
    this.container.addEventListener('contextmenu', event => event.preventDefault());
    this.badgeLayer = document.createElement('div');
    Object.assign(this.badgeLayer.style, { position: 'absolute', inset: '0', overflow: 'hidden', pointerEvents: 'none' });
    this.appendChild(this.badgeLayer);
  }

  set scene(json) {
    this.sceneJson = json;
    this.sceneData = json ? JSON.parse(json) : null;
    this.sceneChanged = true;
    // after the current layout pass, so that a freshly attached element has its size
    requestAnimationFrame(() => this.render());
  }

  get scene() {
    return this.sceneJson;
  }

  set selection(json) {
    this.selectionJson = json;
    this.selectionIds = json ? JSON.parse(json) : [];
    this.redraw();
  }

  get selection() {
    return this.selectionJson;
  }

  set layout(json) {
    this.layoutJson = json;
    const request = json ? JSON.parse(json) : {};
    this.layoutName = LAYOUTS.includes(request.name) ? request.name : 'force';
    this.focusId = request.focus || null;
    // a new scene on its way will be laid out anyway; otherwise place the one drawn
    requestAnimationFrame(() => {
      if (this.sigma && !this.sceneChanged) {
        this.arrange(null);
      }
    });
  }

  get layout() {
    return this.layoutJson;
  }

  set pinned(json) {
    this.pinnedJson = json;
    this.pinnedIds = new Set(json ? JSON.parse(json) : []);
    this.redraw();
  }

  get pinned() {
    return this.pinnedJson;
  }

  set more(json) {
    this.moreJson = json;
    this.moreCounts = json ? JSON.parse(json) : {};
    this.applyBadges();
  }

  get more() {
    return this.moreJson;
  }

  set highlight(json) {
    this.highlightJson = json;
    const chosen = json ? JSON.parse(json) : {};
    this.highlighted = { nodes: new Set(chosen.nodes || []), links: new Set(chosen.links || []) };
    this.redraw();
  }

  get highlight() {
    return this.highlightJson;
  }

  /** Called by GraphCanvas.exportImage: format 'PNG' or 'SVG'. */
  async exportImage(format, fileName) {
    if (!this.sigma) {
      throw new Error('there is no scene to export yet');
    }
    await exportImage(this, this.sigma, format, fileName,
      { node: id => this.nodeMarks(id), edge: id => this.edgeMarks(id) });
  }

  // ---- test surface: what is drawn, in the layouts' frame (y pointing down) and on the page ----

  /** The ids of the stakeholders drawn. */
  nodeIds() {
    return this.graph.nodes();
  }

  /** The ids of the relationships drawn. */
  edgeIds() {
    return this.graph.edges();
  }

  /** A stakeholder's place in the layouts' frame: { x, y }, y pointing down. */
  nodePosition(id) {
    return this.graph.hasNode(id) ? position(this.graph, id) : null;
  }

  /**
   * How a stakeholder is drawn: its diameter, colour and kind as given, whether it has an icon, its marks (pinned,
   * selected, highlighted, faded), its opacity and the width of its pin ring, in graph units.
   */
  nodeStyle(id) {
    if (!this.graph.hasNode(id)) {
      return null;
    }
    const attributes = this.graph.getNodeAttributes(id);
    const marks = this.nodeMarks(id);
    const look = nodeLook(attributes, marks);
    return {
      size: attributes.diameter,
      colour: attributes.colour,
      kind: attributes.kind,
      illustrative: attributes.illustrative,
      icon: Boolean(attributes.icon),
      ...marks,
      opacity: marks.faded ? FADED_OPACITY : 1,
      pinRingWidth: look.pinRing * look.size
    };
  }

  /** How a relationship is drawn: its ends, type, colour, width and marks. */
  edgeStyle(id) {
    if (!this.graph.hasEdge(id)) {
      return null;
    }
    const look = edgeLook(this.graph.getEdgeAttributes(id), this.edgeMarks(id));
    return {
      source: this.graph.source(id),
      target: this.graph.target(id),
      type: look.relation,
      colour: look.color,
      width: look.size * 2,
      ...this.edgeMarks(id)
    };
  }

  /** A stakeholder's "+N" badge: its text and its centre on the page, or null. */
  badgeOf(id) {
    const badge = this.badges?.get(id);
    if (!badge) {
      return null;
    }
    const box = badge.getBoundingClientRect();
    return { label: badge.textContent, x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }

  /** Where a stakeholder's centre is on the page (for real mouse clicks) and its radius there, in pixels. */
  viewportPointOf(id) {
    if (!this.sigma || !this.graph.hasNode(id)) {
      return null;
    }
    const { x, y, radius } = this.viewportDisc(id);
    const box = this.container.getBoundingClientRect();
    return { x: box.left + x, y: box.top + y, radius };
  }

  // ---- drawing ----

  nodeMarks(id) {
    const anyHighlight = this.highlighted.nodes.size + this.highlighted.links.size > 0;
    const highlighted = this.highlighted.nodes.has(id);
    return {
      pinned: this.pinnedIds.has(id),
      selected: this.selectionIds.includes(id),
      highlighted,
      faded: anyHighlight && !highlighted
    };
  }

  edgeMarks(id) {
    const anyHighlight = this.highlighted.nodes.size + this.highlighted.links.size > 0;
    const highlighted = this.highlighted.links.has(id);
    return { highlighted, faded: anyHighlight && !highlighted };
  }

  /** Marks changed: sigma draws them through its reducers on the next frame. */
  redraw() {
    this.sigma?.refresh({ skipIndexation: true });
  }

  /** A stakeholder's disc on the canvas, in the canvas's pixels. */
  viewportDisc(id) {
    const shown = this.sigma.getNodeDisplayData(id);
    const { x, y } = this.sigma.framedGraphToViewport(shown);
    return { x, y, radius: this.sigma.scaleSize(shown.size) };
  }

  /** One "+N" badge per listed stakeholder drawn, beside its top right: HTML, so neither drawn into exports nor counted. */
  applyBadges() {
    if (!this.badgeLayer) {
      return;
    }
    this.badgeLayer.replaceChildren();
    this.badges = new Map();
    for (const [id, count] of Object.entries(this.moreCounts)) {
      if (!this.graph.hasNode(id)) {
        continue;
      }
      const badge = document.createElement('div');
      badge.className = 'troika-more-badge';
      badge.textContent = '+' + count;
      Object.assign(badge.style, {
        position: 'absolute', left: '0', top: '0', padding: '0 3px', font: '9px/12px sans-serif',
        color: '#1b1b1b', background: '#ffffff', border: '1px solid #5c677d', borderRadius: '6px',
        cursor: 'pointer', pointerEvents: 'auto', whiteSpace: 'nowrap', userSelect: 'none'
      });
      // the badge lies over sigma's canvas: keep its presses from starting a drag or a click on the stage
      badge.addEventListener('mousedown', event => event.stopPropagation());
      badge.addEventListener('click', event => {
        event.stopPropagation();
        this.dispatchEvent(new CustomEvent('node-more', { detail: { id } }));
      });
      this.badgeLayer.appendChild(badge);
      this.badges.set(id, badge);
    }
    this.placeBadges();
  }

  /** Keeps each badge beside its stakeholder as it moves, pans or zooms. */
  placeBadges() {
    if (!this.sigma || !this.badges) {
      return;
    }
    for (const [id, badge] of this.badges) {
      if (!this.graph.hasNode(id)) {
        badge.style.display = 'none';
        continue;
      }
      const { x, y, radius } = this.viewportDisc(id);
      badge.style.display = '';
      badge.style.transform = `translate(${x + radius * 0.7 + 2}px, ${y - radius * 0.7 - 12}px)`;
    }
  }

  sizeChanged() {
    if (this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    if (!this.sigma) {
      this.render();
    } else {
      this.scheduleFit();
    }
  }

  /** Fits the graph once the page has settled: the container may still move or shrink in this frame. */
  scheduleFit() {
    cancelAnimationFrame(this.fitFrame);
    this.fitFrame = requestAnimationFrame(() => {
      this.fit();
      if (!this.arranging) {
        this.setAttribute('data-settled', '');
      }
    });
  }

  /** The whole scene in view: sigma frames the graph's extent at the camera's home state. */
  fit() {
    this.sigma.resize();
    this.sigma.setCustomBBox(null);
    this.sigma.getCamera().setState(FIT);
    this.sigma.refresh();
  }

  createSigma() {
    nodeProgram ??= createNodeProgram();
    this.sigma = new Sigma(this.graph, this.container, {
      ...sigmaSettings(nodeProgram),
      nodeReducer: (id, data) => nodeLook(data, this.nodeMarks(id)),
      edgeReducer: (id, data) => edgeLook(data, this.edgeMarks(id))
    });
    this.setAttribute('data-renderer', 'webgl');
    this.sigma.on('afterRender', () => this.placeBadges());
    this.sigma.on('clickNode', ({ node, event }) => this.selected(node, event));
    this.sigma.on('clickStage', ({ event }) => this.selected('', event));
    this.sigma.on('doubleClickNode', ({ node, event }) => {
      event.preventSigmaDefault();
      this.dispatchEvent(new CustomEvent('node-expand', { detail: { id: node } }));
    });
    // a double click never zooms: it expands a stakeholder, and on the background it does nothing
    this.sigma.on('doubleClickStage', ({ event }) => event.preventSigmaDefault());
    this.sigma.on('rightClickNode', ({ node, event }) => {
      event.original.preventDefault();
      this.togglePin(node);
    });
    this.enableDragging();
  }

  selected(id, event) {
    const pointer = event.original;
    const additive = Boolean(pointer && (pointer.shiftKey || pointer.ctrlKey || pointer.metaKey));
    this.dispatchEvent(new CustomEvent('node-select', { detail: { id, additive } }));
  }

  togglePin(id) {
    const pinned = !this.pinnedIds.has(id);
    if (pinned) {
      this.pinnedIds.add(id);
    } else {
      this.pinnedIds.delete(id);
    }
    this.redraw();
    this.dispatchEvent(new CustomEvent('node-pin', { detail: { id, pinned } }));
  }

  /** A pressed stakeholder follows the mouse and stays where it is dropped; a pinned one does not move. */
  enableDragging() {
    const captor = this.sigma.getMouseCaptor();
    this.sigma.on('downNode', ({ node, event }) => {
      if (this.pinnedIds.has(node) || event.original.button !== 0) {
        return;
      }
      this.dragged = node;
      // the frame stays as it is while a node moves, or the whole view would shift under the mouse
      if (!this.sigma.getCustomBBox()) {
        this.sigma.setCustomBBox(this.sigma.getBBox());
      }
    });
    captor.on('mousemovebody', event => {
      if (!this.dragged) {
        return;
      }
      const { x, y } = this.sigma.viewportToGraph(event);
      this.graph.mergeNodeAttributes(this.dragged, { x, y });
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    captor.on('mouseup', () => {
      this.dragged = null;
    });
  }

  render() {
    if (!this.sceneData || !this.container || this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    this.sceneChanged = false;
    this.removeAttribute('data-settled');
    const icons = this.sceneData.icons || {};

    // a changed scene keeps the places of the stakeholders it shared with the last one; new ones start
    // beside the stakeholder they came from, so that an expansion grows the picture instead of redrawing it
    const positions = new Map(this.graph.mapNodes(id => [id, position(this.graph, id)]));
    const origin = positions.get(this.sceneData.origin) || { x: 0, y: 0 };
    this.animation?.();
    this.dragged = null;
    this.graph.clear();
    let shared = 0;
    for (const node of this.sceneData.nodes) {
      const kept = positions.get(node.id);
      shared += kept ? 1 : 0;
      const place = kept || { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 };
      this.graph.mergeNode(node.id, {
        x: place.x,
        y: -place.y,
        diameter: node.size,
        size: node.size / 2,
        colour: node.colour,
        label: node.label,
        kind: node.kind,
        illustrative: Boolean(node.illustrative),
        icon: node.family && icons[node.family] ? icons[node.family] : null
      });
    }
    for (const edge of this.sceneData.edges) {
      if (this.graph.hasNode(edge.source) && this.graph.hasNode(edge.target) && !this.graph.hasEdge(edge.id)) {
        this.graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { relation: edge.type });
      }
    }
    // a scene mostly new (another sub-district, say) is laid out afresh
    const known = shared > 0 && shared * 2 >= this.graph.order ? new Set(positions.keys()) : null;

    if (!this.sigma) {
      this.createSigma();
    }
    this.sigma.resize();
    this.applyBadges();
    this.arrange(known);
  }

  /**
   * Places the scene and fits it. With {@code known} (the ids of stakeholders already placed: the scene grew) those
   * stay where they are and only the new ones settle around them; otherwise the chosen layout places all but the
   * pinned stakeholders.
   */
  async arrange(known) {
    const run = ++this.layoutRun;
    this.arranging = true;
    this.removeAttribute('data-settled');
    this.setAttribute('data-layout', this.layoutName);
    let positions;
    try {
      positions = await this.targetPositions(known);
    } catch (error) {
      console.error('troika-graph: the layout failed, the scene stays as it is', error);
      positions = {};
    }
    if (run !== this.layoutRun) {
      return;
    }
    const pinned = this.graph.filterNodes(id => this.pinnedIds.has(id));
    alignWithPinned(this.graph, positions, pinned);
    const targets = {};
    for (const [id, place] of Object.entries(positions)) {
      if (this.graph.hasNode(id) && !this.pinnedIds.has(id)) {
        targets[id] = { x: place.x, y: -place.y };
      }
    }
    this.animation?.();
    await new Promise(resolve => {
      if (Object.keys(targets).length === 0) {
        resolve();
        return;
      }
      this.animation = animateNodes(this.graph, targets, { duration: ANIMATION_MS, easing: 'quadraticInOut' }, resolve);
    });
    this.animation = null;
    if (run !== this.layoutRun) {
      return;
    }
    this.fit();
    this.setAttribute('data-rendered-nodes', String(this.graph.order));
    this.setAttribute('data-rendered-edges', String(this.graph.size));
    this.arranging = false;
    this.setAttribute('data-settled', '');
  }

  targetPositions(known) {
    const pinned = new Set(this.graph.filterNodes(id => this.pinnedIds.has(id)));
    if (known) {
      return force(this.graph, { fixed: new Set([...known, ...pinned]), fromCurrent: true, alpha: 0.6 });
    }
    switch (this.layoutName) {
      case 'radial':
        return Promise.resolve(this.radialPositions());
      case 'hierarchical':
        return tree(this.graph);
      default:
        return force(this.graph, { fixed: pinned, fromCurrent: false });
    }
  }

  radialPositions() {
    if (this.graph.order === 0) {
      return {};
    }
    const candidates = [this.focusId, this.sceneData?.origin, ...this.selectionIds];
    let focus = candidates.find(id => id && this.graph.hasNode(id));
    if (!focus) {
      focus = this.graph.nodes().reduce((best, id) => (this.graph.degree(id) > this.graph.degree(best) ? id : best));
    }
    return radial(this.graph, focus, this.pinnedIds.has(focus) ? position(this.graph, focus) : { x: 0, y: 0 });
  }
}

/**
 * Shifts computed positions so that, on average, the pinned stakeholders' computed places meet their real ones:
 * a tree or rings computed in their own frame then form around what the user pinned, not somewhere beside it.
 */
function alignWithPinned(graph, positions, pinned) {
  const placed = pinned.filter(id => positions[id]);
  if (placed.length === 0) {
    return;
  }
  let dx = 0;
  let dy = 0;
  for (const id of placed) {
    const real = position(graph, id);
    dx += real.x - positions[id].x;
    dy += real.y - positions[id].y;
  }
  dx /= placed.length;
  dy /= placed.length;
  for (const place of Object.values(positions)) {
    place.x += dx;
    place.y += dy;
  }
}

customElements.define('troika-graph', TroikaGraph);
