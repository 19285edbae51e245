import cytoscape from 'cytoscape';
import { STYLE } from './styles.js';
import { force, radial, tree } from './layouts.js';
import { exportImage } from './image-export.js';

const LAYOUTS = ['force', 'radial', 'hierarchical'];
const BADGE = 'more-badge';
const BADGE_PREFIX = 'more-badge:';
const ANIMATION_MS = 400;

/**
 * <troika-graph>: the graph canvas. The Java component GraphCanvas drives it through properties holding JSON:
 * `scene`, `selection`, `layout`, `pinned`, `more` and `highlight`; and hears `node-select` (tap), `node-expand`
 * (double tap), `node-pin` (right-click or two-finger tap) and `node-more` (tap on a "+N" badge). Properties rather
 * than method calls, because the server may set them before this module has upgraded the element.
 * Cytoscape starts only once the element has a size, and follows every resize, so the graph never renders cramped.
 * Attributes for tests and screenshots: `data-settled` marks a scene laid out and fitted, `data-rendered-nodes` and
 * `data-rendered-edges` count the stakeholders and relationships drawn (badges not included), `data-layout` names the
 * layout in use and `data-renderer` says `canvas` or `webgl`.
 */
class TroikaGraph extends HTMLElement {

  constructor() {
    super();
    this.layoutName = 'force';
    this.focusId = null;
    this.selectionIds = [];
    this.pinnedIds = new Set();
    this.moreCounts = {};
    this.highlighted = { nodes: [], links: [] };
    this.layoutRun = 0;
  }

  connectedCallback() {
    if (this.container) {
      return;
    }
    this.style.display = 'block';
    if (getComputedStyle(this).position === 'static') {
      this.style.position = 'relative';
    }
    this.container = document.createElement('div');
    this.container.style.position = 'absolute';
    this.container.style.inset = '0';
    this.container.style.overflow = 'hidden';
    this.appendChild(this.container);
    this.resizeObserver = new ResizeObserver(() => this.sizeChanged());
    this.resizeObserver.observe(this);
    for (const name of ['layout', 'pinned', 'more', 'highlight', 'selection', 'scene']) {
      this.adoptEarlyProperty(name);
    }
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
  }

  /** A property set on the element before it was upgraded hides the setter: re-apply it. */
  adoptEarlyProperty(name) {
    if (Object.prototype.hasOwnProperty.call(this, name)) {
      const value = this[name];
      delete this[name];
      this[name] = value;
    }
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
    this.applySelection();
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
      if (this.cy && !this.sceneChanged) {
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
    this.applyPins();
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
    this.highlighted = json ? JSON.parse(json) : { nodes: [], links: [] };
    this.applyHighlight();
  }

  get highlight() {
    return this.highlightJson;
  }

  /** Called by GraphCanvas.exportImage: format 'PNG' or 'SVG'. */
  async exportImage(format, fileName) {
    if (!this.cy) {
      throw new Error('there is no scene to export yet');
    }
    await exportImage(this, this.cy, this.webgl, format, fileName);
  }

  /** The stakeholders drawn: every node but the badges. */
  stakeholders() {
    return this.cy.nodes().not('.' + BADGE);
  }

  applySelection() {
    if (!this.cy) {
      return;
    }
    this.cy.elements().unselect();
    for (const id of this.selectionIds) {
      this.cy.getElementById(id).select();
    }
  }

  applyPins() {
    if (!this.cy) {
      return;
    }
    for (const node of this.stakeholders()) {
      if (this.pinnedIds.has(node.id())) {
        node.lock().addClass('pinned');
      } else {
        node.unlock().removeClass('pinned');
      }
    }
  }

  applyHighlight() {
    if (!this.cy) {
      return;
    }
    const elements = this.cy.elements().not('.' + BADGE);
    elements.removeClass('faded highlighted');
    const ids = [...(this.highlighted.nodes || []), ...(this.highlighted.links || [])];
    if (ids.length === 0) {
      return;
    }
    const chosen = this.cy.collection(ids.map(id => this.cy.getElementById(id)).filter(element => element.nonempty()));
    chosen.addClass('highlighted');
    elements.not(chosen).addClass('faded');
  }

  /** One "+N" badge per listed stakeholder drawn, beside its top right. */
  applyBadges() {
    if (!this.cy) {
      return;
    }
    this.cy.remove(this.cy.nodes('.' + BADGE));
    const badges = [];
    for (const [id, count] of Object.entries(this.moreCounts)) {
      const owner = this.cy.getElementById(id);
      if (owner.empty()) {
        continue;
      }
      const label = '+' + count;
      badges.push({
        group: 'nodes',
        data: { id: BADGE_PREFIX + id, owner: id, label, width: 6 + 4.2 * label.length },
        classes: BADGE,
        position: badgePosition(owner),
        selectable: false,
        grabbable: false,
        pannable: false
      });
    }
    this.cy.add(badges);
  }

  /** Keeps a stakeholder's badge beside it as it moves (dragged or laid out). */
  followWithBadge(owner) {
    const badge = this.cy.getElementById(BADGE_PREFIX + owner.id());
    if (badge.nonempty()) {
      badge.position(badgePosition(owner));
    }
  }

  sizeChanged() {
    if (this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    if (!this.cy) {
      this.render();
    } else {
      this.scheduleFit();
    }
  }

  /** Fits the graph once the page has settled: the container may still move or shrink in this frame. */
  scheduleFit() {
    cancelAnimationFrame(this.fitFrame);
    this.fitFrame = requestAnimationFrame(() => {
      this.cy.resize();
      this.cy.fit(undefined, 24);
      if (!this.arranging) {
        this.setAttribute('data-settled', '');
      }
    });
  }

  createCy(webgl) {
    this.cy?.destroy();
    this.webgl = webgl;
    this.cy = cytoscape({
      container: this.container,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {})
    });
    this.setAttribute('data-renderer', webgl ? 'webgl' : 'canvas');
    this.cy.on('tap', event => {
      const target = event.target;
      if (target !== this.cy && target.isNode() && target.hasClass(BADGE)) {
        this.dispatchEvent(new CustomEvent('node-more', { detail: { id: target.data('owner') } }));
        return;
      }
      const id = target !== this.cy && target.isNode() ? target.id() : '';
      const pointer = event.originalEvent;
      const additive = Boolean(pointer && (pointer.shiftKey || pointer.ctrlKey || pointer.metaKey));
      this.dispatchEvent(new CustomEvent('node-select', { detail: { id, additive } }));
    });
    this.cy.on('dbltap', 'node', event => {
      if (!event.target.hasClass(BADGE)) {
        this.dispatchEvent(new CustomEvent('node-expand', { detail: { id: event.target.id() } }));
      }
    });
    this.cy.on('cxttap', 'node', event => {
      const node = event.target;
      if (node.hasClass(BADGE)) {
        return;
      }
      const pinned = !this.pinnedIds.has(node.id());
      if (pinned) {
        this.pinnedIds.add(node.id());
      } else {
        this.pinnedIds.delete(node.id());
      }
      this.applyPins();
      this.dispatchEvent(new CustomEvent('node-pin', { detail: { id: node.id(), pinned } }));
    });
    this.cy.on('position', 'node', event => {
      if (!event.target.hasClass(BADGE)) {
        this.followWithBadge(event.target);
      }
    });
  }

  render() {
    if (!this.sceneData || !this.container || this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    this.sceneChanged = false;
    this.removeAttribute('data-settled');
    const icons = this.sceneData.icons || {};
    const nodes = this.sceneData.nodes.map(node => {
      const data = { ...node };
      delete data.family;
      if (node.family && icons[node.family]) {
        data.icon = icons[node.family];
      }
      return { group: 'nodes', data };
    });
    const edges = this.sceneData.edges.map(edge => ({ group: 'edges', data: edge }));

    // a changed scene keeps the places of the stakeholders it shared with the last one; new ones start
    // beside the stakeholder they came from, so that an expansion grows the picture instead of redrawing it
    const positions = new Map(this.cy ? this.stakeholders().map(node => [node.id(), { ...node.position() }]) : []);
    const origin = positions.get(this.sceneData.origin) || { x: 0, y: 0 };
    for (const node of nodes) {
      node.position = positions.get(node.data.id)
        || { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 };
    }
    // a scene mostly new (another sub-district, say) is laid out afresh
    const shared = nodes.filter(node => positions.has(node.data.id)).length;
    const known = shared > 0 && shared * 2 >= nodes.length ? new Set(positions.keys()) : null;

    const webgl = nodes.length >= (this.sceneData.webglFrom ?? Infinity) && webglAvailable();
    if (!this.cy || this.webgl !== webgl) {
      this.createCy(webgl);
    } else {
      this.cy.elements().remove();
    }
    this.cy.add([...nodes, ...edges]);
    this.cy.resize();
    this.applyPins();
    this.applyHighlight();
    this.applyBadges();
    this.applySelection();
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
    const nodes = this.stakeholders();
    let positions;
    try {
      positions = await this.targetPositions(nodes, known);
    } catch (error) {
      console.error('troika-graph: the layout failed, the scene stays as it is', error);
      positions = {};
    }
    if (run !== this.layoutRun) {
      return;
    }
    alignWithPinned(positions, nodes.filter(node => node.locked()));
    const movable = nodes.filter(node => !node.locked() && positions[node.id()]);
    await new Promise(resolve => {
      const layout = movable.layout({
        name: 'preset',
        positions: node => positions[node.id()],
        animate: movable.length > 0,
        animationDuration: ANIMATION_MS,
        fit: false
      });
      layout.one('layoutstop', resolve);
      layout.run();
    });
    if (run !== this.layoutRun) {
      return;
    }
    for (const node of nodes) {
      this.followWithBadge(node);
    }
    this.cy.resize();
    this.cy.fit(undefined, 24);
    this.setAttribute('data-rendered-nodes', String(nodes.length));
    this.setAttribute('data-rendered-edges', String(this.cy.edges().length));
    this.arranging = false;
    this.setAttribute('data-settled', '');
  }

  targetPositions(nodes, known) {
    const pinned = new Set(nodes.filter(node => node.locked()).map(node => node.id()));
    if (known) {
      return force(nodes, { fixed: new Set([...known, ...pinned]), fromCurrent: true, alpha: 0.6 });
    }
    switch (this.layoutName) {
      case 'radial':
        return Promise.resolve(this.radialPositions(nodes));
      case 'hierarchical':
        return tree(nodes);
      default:
        return force(nodes, { fixed: pinned, fromCurrent: false });
    }
  }

  radialPositions(nodes) {
    if (nodes.empty()) {
      return {};
    }
    const candidates = [this.focusId, this.sceneData?.origin, ...this.selectionIds];
    const focus = candidates.map(id => id && this.cy.getElementById(id)).find(node => node && node.nonempty())
      || nodes.max(node => node.degree(false)).ele;
    return radial(nodes, focus, focus.locked() ? { ...focus.position() } : { x: 0, y: 0 });
  }
}

/**
 * Shifts computed positions so that, on average, the pinned stakeholders' computed places meet their real ones:
 * a tree or rings computed in their own frame then form around what the user pinned, not somewhere beside it.
 */
function alignWithPinned(positions, pinned) {
  const placed = pinned.filter(node => positions[node.id()]);
  if (placed.empty()) {
    return;
  }
  let dx = 0;
  let dy = 0;
  for (const node of placed) {
    dx += node.position('x') - positions[node.id()].x;
    dy += node.position('y') - positions[node.id()].y;
  }
  dx /= placed.length;
  dy /= placed.length;
  for (const position of Object.values(positions)) {
    position.x += dx;
    position.y += dy;
  }
}

function badgePosition(owner) {
  const { x, y } = owner.position();
  const half = owner.width() / 2;
  return { x: x + half + 4, y: y - half - 3 };
}

let webglSupport;

/** Whether this browser gives a WebGL 2 context, which Cytoscape's WebGL renderer needs. */
function webglAvailable() {
  if (webglSupport === undefined) {
    try {
      webglSupport = Boolean(document.createElement('canvas').getContext('webgl2'));
    } catch {
      webglSupport = false;
    }
  }
  return webglSupport;
}

customElements.define('troika-graph', TroikaGraph);
