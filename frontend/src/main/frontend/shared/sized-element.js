/**
 * The shell of Troika's drawing elements (<troika-graph>, <troika-chart>): a full-size `container` to draw
 * in, `sizeChanged()` called on every resize (also after the page moves the element), and the properties
 * the server set before this module upgraded the element re-applied through their setters.
 * Subclasses list those properties in `static earlyProperties`, and may add layers in `created()`.
 */
export class SizedElement extends HTMLElement {

  static earlyProperties = [];

  connectedCallback() {
    if (this.container) {
      // moved in the page (a layout re-attaches its content): follow the size again
      this.resizeObserver.observe(this);
      return;
    }
    this.style.display = 'block';
    if (getComputedStyle(this).position === 'static') {
      this.style.position = 'relative';
    }
    this.container = document.createElement('div');
    Object.assign(this.container.style, { position: 'absolute', inset: '0', overflow: 'hidden' });
    this.appendChild(this.container);
    this.created();
    this.resizeObserver = new ResizeObserver(() => this.sizeChanged());
    this.resizeObserver.observe(this);
    for (const name of this.constructor.earlyProperties) {
      this.adoptEarlyProperty(name);
    }
  }

  /** Called once, when the container exists: room for more layers or listeners. */
  created() {
  }

  sizeChanged() {
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
}
