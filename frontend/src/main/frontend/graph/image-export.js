import { toBlob } from '@sigma/export-image';
import { EDGE_COLOUR, EDGE_WIDTH, FADED_OPACITY, HIGHLIGHT_COLOUR, HIGHLIGHT_EDGE_WIDTH, ILLUSTRATIVE_RING_COLOUR,
  LABEL_COLOUR, PIN_COLOUR, RING, SELECTED_COLOUR, mix } from './styles.js';
import { position } from './layouts.js';

const PADDING = 24;
const LABEL_SIZE = 9;
const SCALE = 2;

/**
 * Draws the whole scene as PNG or SVG and lets the browser download it. The "+N" badges are HTML beside the canvas,
 * so neither picture has them. {@code state(id)} tells each stakeholder's and relationship's marks.
 */
export async function exportImage(host, sigma, format, fileName, state) {
  const blob = format === 'SVG'
    ? new Blob([svgOf(sigma.getGraph(), state)], { type: 'image/svg+xml;charset=utf-8' })
    : await pngOf(sigma);
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

/** Sigma's layers, drawn again at twice the size with the whole scene in view, onto one white bitmap. */
function pngOf(sigma) {
  const { width, height } = sigma.getDimensions();
  const settings = sigma.getSettings();
  return toBlob(sigma, {
    format: 'png',
    backgroundColor: '#ffffff',
    width: width * SCALE,
    height: height * SCALE,
    cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
    sigmaSettings: {
      labelSize: settings.labelSize * SCALE,
      labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold * SCALE,
      stagePadding: settings.stagePadding * SCALE
    },
    // a node the user dragged fixes the frame of the view; the picture frames the whole scene instead
    withTempRenderer: renderer => {
      renderer.setCustomBBox(null);
      renderer.refresh();
    }
  });
}

/** A vector drawing from the scene's positions: lines, discs with their rings and glyphs, labels below. */
export function svgOf(graph, state) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  graph.forEachNode((id, attributes) => {
    const { x, y } = position(graph, id);
    const reach = attributes.diameter / 2 + RING.pinned + RING.selected;
    const halfLabel = Math.min(200, 2.8 * String(attributes.label || '').length);
    minX = Math.min(minX, x - Math.max(reach, halfLabel));
    maxX = Math.max(maxX, x + Math.max(reach, halfLabel));
    minY = Math.min(minY, y - reach);
    maxY = Math.max(maxY, y + reach + LABEL_SIZE + 4);
  });
  if (minX === Infinity) {
    minX = minY = 0;
    maxX = maxY = 1;
  }
  const width = maxX - minX + 2 * PADDING;
  const height = maxY - minY + 2 * PADDING;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"`
      + ` width="${num(width)}" height="${num(height)}" viewBox="${num(minX - PADDING)} ${num(minY - PADDING)} ${num(width)} ${num(height)}">`,
    `<rect x="${num(minX - PADDING)}" y="${num(minY - PADDING)}" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    '<g stroke-linecap="round">'
  ];
  const ordered = (marks) => (marks.highlighted ? 2 : marks.faded ? 0 : 1);
  const edges = graph.mapEdges((id, attributes, source, target) => ({ id, source, target, marks: state.edge(id) }))
    .sort((a, b) => ordered(a.marks) - ordered(b.marks));
  for (const { source, target, marks } of edges) {
    const a = position(graph, source);
    const b = position(graph, target);
    const [colour, width, opacity] = marks.highlighted ? [HIGHLIGHT_COLOUR, HIGHLIGHT_EDGE_WIDTH, 1]
      : [EDGE_COLOUR, EDGE_WIDTH, marks.faded ? FADED_OPACITY : 1];
    parts.push(`<line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="${colour}"`
      + ` stroke-width="${width}"${opacity < 1 ? ` opacity="${opacity}"` : ''}/>`);
  }
  parts.push('</g>');
  const nodes = graph.mapNodes((id, attributes) => ({ id, attributes, marks: state.node(id) }))
    .sort((a, b) => ordered(a.marks) - ordered(b.marks));
  for (const { id, attributes, marks } of nodes) {
    const { x, y } = position(graph, id);
    const r = attributes.diameter / 2;
    const fill = attributes.illustrative ? mix(attributes.colour, '#ffffff', 0.45) : attributes.colour;
    parts.push(`<g${marks.faded ? ` opacity="${FADED_OPACITY}"` : ''}>`);
    if (marks.pinned) {
      const ring = RING.pinned + (marks.selected ? RING.selected : marks.highlighted ? RING.highlighted : 0);
      parts.push(`<circle cx="${num(x)}" cy="${num(y)}" r="${num(r + ring - RING.pinned / 2)}" fill="none"`
        + ` stroke="${PIN_COLOUR}" stroke-width="${RING.pinned}"/>`);
    }
    parts.push(`<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" fill="${escape(fill)}"/>`);
    if (marks.selected || marks.highlighted) {
      const [colour, ring] = marks.selected ? [SELECTED_COLOUR, RING.selected] : [HIGHLIGHT_COLOUR, RING.highlighted];
      parts.push(`<circle cx="${num(x)}" cy="${num(y)}" r="${num(r + ring / 2)}" fill="none" stroke="${colour}"`
        + ` stroke-width="${ring}"/>`);
    } else if (attributes.illustrative) {
      // vectors can dash: an illustrative stakeholder keeps the dashed ring of its legend
      parts.push(`<circle cx="${num(x)}" cy="${num(y)}" r="${num(r + RING.illustrative / 2)}" fill="none"`
        + ` stroke="${ILLUSTRATIVE_RING_COLOUR}" stroke-width="${RING.illustrative}" stroke-dasharray="2 1.5"/>`);
    }
    if (attributes.icon) {
      const side = r * 2 * 0.68;
      parts.push(`<image x="${num(x - side / 2)}" y="${num(y - side / 2)}" width="${num(side)}" height="${num(side)}"`
        + ` href="${escape(attributes.icon)}" xlink:href="${escape(attributes.icon)}"/>`);
    }
    if (attributes.label) {
      parts.push(`<text x="${num(x)}" y="${num(y + r + 2 + LABEL_SIZE)}" font-family="sans-serif" font-size="${LABEL_SIZE}"`
        + ` text-anchor="middle" fill="${LABEL_COLOUR}">${escape(attributes.label)}</text>`);
    }
    parts.push('</g>');
  }
  parts.push('</svg>');
  return parts.join('\n');
}

function num(value) {
  return String(Math.round(value * 100) / 100);
}

function escape(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
