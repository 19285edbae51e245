import cytoscape from 'cytoscape';

/**
 * <troika-graph>: the graph canvas. The Java component GraphCanvas drives it through the `scene`
 * (JSON) and `selected` (node id) properties, and hears `node-select` (tap) and `node-expand`
 * (double tap) events. Properties rather than
 * method calls, because the server may set them before this module has upgraded the element.
 * Cytoscape starts only once the element has a size, and follows every resize, so the graph never
 * renders cramped. `data-settled` marks a scene laid out and fitted (tests and screenshots wait for it).
 */
class TroikaGraph extends HTMLElement {

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
    this.adoptEarlyProperty('scene');
    this.adoptEarlyProperty('selected');
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
    // after the current layout pass, so that a freshly attached element has its size
    requestAnimationFrame(() => this.render());
  }

  get scene() {
    return this.sceneJson;
  }

  set selected(id) {
    this.selectedId = id || '';
    this.applySelection();
  }

  get selected() {
    return this.selectedId;
  }

  applySelection() {
    if (!this.cy) {
      return;
    }
    this.cy.elements().unselect();
    if (this.selectedId) {
      this.cy.getElementById(this.selectedId).select();
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
      this.setAttribute('data-settled', '');
    });
  }

  render() {
    if (!this.sceneData || !this.container || this.clientWidth === 0 || this.clientHeight === 0) {
      return;
    }
    this.removeAttribute('data-settled');
    const elements = [
      ...this.sceneData.nodes.map(node => ({ group: 'nodes', data: node })),
      ...this.sceneData.edges.map(edge => ({ group: 'edges', data: edge }))
    ];
    if (!this.cy) {
      this.cy = cytoscape({
        container: this.container,
        elements,
        style: STYLE,
        minZoom: 0.05,
        maxZoom: 4
      });
      this.cy.on('tap', event => {
        const id = event.target === this.cy ? '' : (event.target.isNode?.() ? event.target.id() : '');
        this.dispatchEvent(new CustomEvent('node-select', { detail: { id } }));
      });
      this.cy.on('dbltap', 'node', event => {
        this.dispatchEvent(new CustomEvent('node-expand', { detail: { id: event.target.id() } }));
      });
    } else {
      // a changed scene keeps the places of the stakeholders it shared with the last one; new ones start
      // beside the stakeholder they came from, so that an expansion grows the picture instead of redrawing it
      const positions = new Map(this.cy.nodes().map(node => [node.id(), { ...node.position() }]));
      const origin = positions.get(this.sceneData.origin) || { x: 0, y: 0 };
      for (const element of elements) {
        if (element.group === 'nodes') {
          element.position = positions.get(element.data.id)
            || { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 };
        }
      }
      // a scene mostly new (another sub-district, say) is laid out afresh
      const nodes = elements.filter(element => element.group === 'nodes');
      this.incremental = nodes.filter(element => positions.has(element.data.id)).length * 2 >= nodes.length;
      this.cy.elements().remove();
      this.cy.add(elements);
    }
    const layout = this.cy.layout({ name: 'cose', animate: false, randomize: !this.incremental,
      nodeRepulsion: () => 8000, idealEdgeLength: () => 60, numIter: this.incremental ? 500 : 1500 });
    this.incremental = false;
    layout.one('layoutstop', () => {
      this.cy.resize();
      this.cy.fit(undefined, 24);
      this.setAttribute('data-rendered-nodes', String(this.cy.nodes().length));
      this.setAttribute('data-rendered-edges', String(this.cy.edges().length));
      this.applySelection();
    });
    layout.run();
    // cose moves the nodes once more after it reports layoutstop: fit again when they have settled
    setTimeout(() => this.scheduleFit(), 250);
  }
}

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
    selector: 'node[?illustrative]',
    style: { 'border-width': 1, 'border-style': 'dashed', 'border-color': '#666', 'border-opacity': 0.5 }
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#ffb703', 'border-style': 'solid' }
  },
  {
    selector: 'edge',
    style: { 'width': 0.8, 'line-color': '#b8c0cc', 'curve-style': 'haystack', 'opacity': 0.8 }
  }
];

customElements.define('troika-graph', TroikaGraph);
