/** How the canvas draws stakeholders, relationships, pins, badges and highlights. */
export const STYLE = [
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
    // the family's white glyph inside the disc
    selector: 'node[icon]',
    style: {
      'background-image': 'data(icon)',
      'background-width': '68%',
      'background-height': '68%',
      'background-image-containment': 'inside',
      'background-clip': 'node'
    }
  },
  {
    selector: 'node[?illustrative]',
    style: { 'border-width': 1, 'border-style': 'dashed', 'border-color': '#666', 'border-opacity': 0.5 }
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#ffb703', 'border-style': 'solid', 'border-opacity': 1 }
  },
  {
    // pinned: a thick dark ring outside the border, so that it shows together with a selection
    selector: 'node.pinned',
    style: { 'outline-width': 3, 'outline-color': '#111111', 'outline-offset': 1, 'outline-opacity': 1 }
  },
  {
    selector: 'edge',
    style: { 'width': 0.8, 'line-color': '#b8c0cc', 'curve-style': 'haystack', 'opacity': 0.8 }
  },
  {
    selector: '.faded',
    style: { 'opacity': 0.12, 'text-opacity': 0.12 }
  },
  {
    selector: 'node.highlighted',
    style: { 'border-width': 3, 'border-color': '#0077b6', 'border-style': 'solid', 'border-opacity': 1, 'z-index': 10 }
  },
  {
    selector: 'edge.highlighted',
    style: { 'width': 3, 'line-color': '#0077b6', 'opacity': 1, 'z-index': 10 }
  },
  {
    // the "+N" handle: a small pill beside its stakeholder, not a stakeholder itself
    selector: 'node.more-badge',
    style: {
      'shape': 'round-rectangle',
      'background-color': '#ffffff',
      'background-image': 'none',
      'border-width': 1,
      'border-color': '#5c677d',
      'border-style': 'solid',
      'outline-width': 0,
      'label': 'data(label)',
      'font-size': 7,
      'color': '#1b1b1b',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-y': 0,
      'width': 'data(width)',
      'height': 10,
      'min-zoomed-font-size': 0,
      'z-index': 20
    }
  },
  {
    selector: '.export-hidden',
    style: { 'display': 'none' }
  }
];
