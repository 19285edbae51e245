import { createNodeCompoundProgram } from 'sigma/rendering';
import { createNodeBorderProgram } from '@sigma/node-border';
import { createNodeImageProgram } from '@sigma/node-image';

/**
 * How the canvas draws stakeholders, relationships, pins, selections and highlights with sigma.js.
 * Sizes and ring widths are in graph units (the layouts' pixels at zoom 1), so that everything scales with the zoom.
 */

export const LABEL_COLOUR = '#1b1b1b';
// darker than a 2D canvas would need: sigma's antialiasing pales lines about a pixel wide
export const EDGE_COLOUR = 'rgba(150, 160, 175, 0.9)';
export const EDGE_WIDTH = 1;
export const HIGHLIGHT_COLOUR = '#0077b6';
export const HIGHLIGHT_EDGE_WIDTH = 3;
export const SELECTED_COLOUR = '#ffb703';
export const PIN_COLOUR = '#111111';
export const ILLUSTRATIVE_RING_COLOUR = '#666666';
export const FADED_OPACITY = 0.12;

/** Widths of the rings around the disc; a pinned stakeholder's ring sits outside the selection's. */
export const RING = { pinned: 3, selected: 4, highlighted: 3, illustrative: 1.2 };

/** Sigma's settings for the canvas; the node program is built per canvas (its icon textures are shared). */
export function sigmaSettings(nodeProgram) {
  return {
    defaultNodeType: 'troika',
    nodeProgramClasses: { troika: nodeProgram },
    // nodes, rings and edges scale with the zoom in graph units, as they do in an SVG export
    itemSizesReference: 'positions',
    zoomToSizeRatioFunction: ratio => ratio,
    // thinner lines fade out entirely under sigma's antialiasing
    minEdgeThickness: 1,
    labelFont: 'sans-serif',
    labelSize: 9,
    labelColor: { attribute: 'labelColour', color: LABEL_COLOUR },
    // labels appear once a default-sized disc is drawn a little larger than at zoom 1, as in the former renderer
    labelRenderedSizeThreshold: 7.5,
    labelDensity: 1.5,
    zIndex: true,
    stagePadding: 24,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    enableEdgeEvents: false
  };
}

/** A disc in up to two rings (pin outside, selection, highlight or illustrative mark inside) with the family's glyph. */
export function createNodeProgram() {
  const rings = createNodeBorderProgram({
    borders: [
      { size: { attribute: 'pinRing', defaultValue: 0 }, color: { attribute: 'pinRingColour', defaultValue: PIN_COLOUR } },
      { size: { attribute: 'markRing', defaultValue: 0 }, color: { attribute: 'markRingColour', defaultValue: PIN_COLOUR } },
      { size: { fill: true }, color: { attribute: 'color' } }
    ]
  });
  const glyph = createNodeImageProgram({
    drawingMode: 'color',
    colorAttribute: 'pictoColor',
    imageAttribute: 'image',
    keepWithinCircle: true,
    padding: 0.2,
    size: { mode: 'force', value: 96 }
  });
  return createNodeCompoundProgram([rings, glyph]);
}

/**
 * What sigma draws for one stakeholder. {@code state} says whether it is pinned, selected, highlighted or faded.
 * Its disc keeps the diameter asked for; the rings are added around it.
 */
export function nodeLook(data, { pinned, selected, highlighted, faded }) {
  const radius = data.diameter / 2;
  const pin = pinned ? RING.pinned : 0;
  const [mark, markColour] = selected ? [RING.selected, SELECTED_COLOUR]
    : highlighted ? [RING.highlighted, HIGHLIGHT_COLOUR]
      : data.illustrative ? [RING.illustrative, ILLUSTRATIVE_RING_COLOUR] : [0, PIN_COLOUR];
  const outer = radius + pin + mark;
  const alpha = faded ? FADED_OPACITY : 1;
  // an illustrative stakeholder is drawn paler, inside a thin grey ring (sigma has no dashed border)
  const fill = data.illustrative ? mix(data.colour, '#ffffff', 0.45) : data.colour;
  return {
    ...data,
    size: outer,
    color: withAlpha(fill, alpha),
    pinRing: pin / outer,
    pinRingColour: withAlpha(PIN_COLOUR, alpha),
    markRing: mark / outer,
    markRingColour: withAlpha(markColour, alpha),
    pictoColor: withAlpha('#ffffff', alpha * (data.illustrative ? 0.85 : 1)),
    labelColour: withAlpha(LABEL_COLOUR, alpha),
    image: data.icon || null,
    zIndex: highlighted || selected ? 2 : faded ? 0 : 1
  };
}

/** What sigma draws for one relationship. */
export function edgeLook(data, { highlighted, faded }) {
  if (highlighted) {
    return { ...data, color: HIGHLIGHT_COLOUR, size: HIGHLIGHT_EDGE_WIDTH, zIndex: 2 };
  }
  return { ...data, color: faded ? withAlpha('#96a0af', FADED_OPACITY) : EDGE_COLOUR, size: EDGE_WIDTH, zIndex: faded ? 0 : 1 };
}

/** A hex colour (#rgb or #rrggbb) with an opacity, as sigma and SVG both read it. */
export function withAlpha(colour, alpha) {
  const [r, g, b] = rgb(colour);
  return alpha >= 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** {@code share} of {@code other} mixed into {@code colour}. */
export function mix(colour, other, share) {
  const a = rgb(colour);
  const b = rgb(other);
  const channel = i => Math.round(a[i] * (1 - share) + b[i] * share).toString(16).padStart(2, '0');
  return '#' + channel(0) + channel(1) + channel(2);
}

function rgb(colour) {
  let hex = String(colour || '#999999').trim().replace('#', '');
  if (hex.length === 3) {
    hex = [...hex].map(c => c + c).join('');
  }
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) {
    return [153, 153, 153];
  }
  return [0, 2, 4].map(i => parseInt(hex.slice(i, i + 2), 16));
}
