import cytoscape from 'cytoscape';
import svg from 'cytoscape-svg';
import { STYLE } from './styles.js';

cytoscape.use(svg);

/**
 * Draws the whole scene as PNG or SVG and lets the browser download it. The "+N" badges are left out.
 * A WebGL scene is copied into a hidden 2D instance first: both exporters draw through the 2D canvas renderer.
 */
export async function exportImage(host, cy, webgl, format, fileName) {
  const source = webgl ? await canvasTwin(host, cy) : cy;
  const badges = source.nodes('.more-badge');
  badges.addClass('export-hidden');
  let blob;
  try {
    blob = format === 'SVG'
      ? new Blob([source.svg({ full: true, scale: 1, bg: '#ffffff' })], { type: 'image/svg+xml;charset=utf-8' })
      : source.png({ full: true, scale: 2, output: 'blob', bg: '#ffffff' });
  } finally {
    badges.removeClass('export-hidden');
    if (source !== cy) {
      source.destroy();
      source.container()?.remove();
    }
  }
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  host.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // the download has started from the object URL by now; keep it a little for slow browsers
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

async function canvasTwin(host, cy) {
  const container = document.createElement('div');
  Object.assign(container.style, { position: 'absolute', inset: '0', visibility: 'hidden', pointerEvents: 'none' });
  host.appendChild(container);
  const twin = cytoscape({
    container,
    elements: cy.elements().not('.more-badge').jsons(),
    style: STYLE,
    layout: { name: 'preset' }
  });
  // the icons are data URIs: they decode at once, but Cytoscape draws them only from its next frame on
  const icons = new Set(twin.nodes('[icon]').map(node => node.data('icon')));
  await Promise.all([...icons].map(uri => {
    const image = new Image();
    image.src = uri;
    return image.decode().catch(() => undefined);
  }));
  await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return twin;
}
