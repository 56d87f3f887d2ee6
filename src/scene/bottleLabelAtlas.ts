import type { Texture } from 'three';
import type { ShelfBottle } from './sceneContract';
import { fitFont, paintTexture, roundedRect } from './canvasTexture';
import { PALETTE, SYSTEM_FONT } from './palette';

/** Side of the square label atlas canvas: every label on the shelf shares it. */
export const LABEL_ATLAS_SIZE = 512;
/** A label cell at full size; the 1.6 : 1 shape matches LABEL_SIZE in metres. */
const BASE_CELL = { w: 128, h: 80 } as const;

/** How the labels are packed on the atlas. */
export interface LabelAtlasLayout {
  columns: number;
  rows: number;
  cellW: number;
  cellH: number;
  /** Cell size relative to BASE_CELL (1 for up to 24 labels, smaller for bigger shelves). */
  scale: number;
}

/** UV rectangle of one label on the atlas (v counts from the bottom, as three samples it). */
export interface UvRect {
  u0: number;
  v0: number;
  u1: number;
  v1: number;
}

/** Packs `count` labels into the atlas, shrinking the cells only when they would not fit at full size. */
export function labelAtlasLayout(count: number): LabelAtlasLayout {
  for (let scale = 1; scale > 0.1; scale -= 0.05) {
    const cellW = Math.floor(BASE_CELL.w * scale);
    const cellH = Math.floor(BASE_CELL.h * scale);
    const columns = Math.floor(LABEL_ATLAS_SIZE / cellW);
    const rows = Math.floor(LABEL_ATLAS_SIZE / cellH);
    if (columns * rows >= count) return { columns, rows, cellW, cellH, scale };
  }
  throw new Error(`cannot fit ${count} labels on one atlas`);
}

/** Pixel corner of label `index` on the canvas. */
function cellOrigin(layout: LabelAtlasLayout, index: number): { x: number; y: number } {
  return { x: (index % layout.columns) * layout.cellW, y: Math.floor(index / layout.columns) * layout.cellH };
}

/** Where label `index` sits on the atlas, for the label quad's UVs. */
export function labelUvRect(layout: LabelAtlasLayout, index: number): UvRect {
  const { x, y } = cellOrigin(layout, index);
  // Half a pixel of inset keeps mipmapping from bleeding the neighbour's edge in.
  const inset = 0.5;
  return {
    u0: (x + inset) / LABEL_ATLAS_SIZE,
    u1: (x + layout.cellW - inset) / LABEL_ATLAS_SIZE,
    v1: 1 - (y + inset) / LABEL_ATLAS_SIZE,
    v0: 1 - (y + layout.cellH - inset) / LABEL_ATLAS_SIZE,
  };
}

/** Dark text on light trade-dress colours, white on dark ones. */
function inkFor(background: string): string {
  const n = Number.parseInt(background.replace('#', '').slice(0, 6), 16);
  if (Number.isNaN(n)) return '#ffffff';
  const luminance = 0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
  return luminance > 150 ? PALETTE.plasticDark : '#ffffff';
}

/** Splits a long name into two lines at the space nearest its middle ("neomycin, polymyxin b / and hydrocortisone"). */
export function splitName(name: string): [string, string] | null {
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return null;
  const cut = spaces.reduce((best, i) => (Math.abs(i - name.length / 2) < Math.abs(best - name.length / 2) ? i : best));
  return [name.slice(0, cut), name.slice(cut + 1)];
}

/** The smallest name size still read easily on the shelf; below it a name goes onto two lines. */
const MIN_ONE_LINE_PX = 14;

/** Writes the product name: one line when it fits at a readable size, otherwise two. Returns the y below it. */
function paintName(ctx: CanvasRenderingContext2D, name: string, x: number, y: number, w: number, s: number): number {
  const px = fitFont(ctx, name, Math.round(18 * s), w, '800');
  const two = splitName(name);
  if (px >= MIN_ONE_LINE_PX * s || !two) {
    ctx.fillText(name, x, y + 10 * s);
    return y + 20 * s;
  }
  const longer = two[0].length > two[1].length ? two[0] : two[1];
  fitFont(ctx, longer, Math.round(14 * s), w, '800');
  ctx.fillText(two[0], x, y + 7 * s);
  ctx.fillText(two[1], x, y + 20 * s);
  return y + 27 * s;
}

/** One stock label: trade-dress band with the form, then name, strength and NDC. */
function paintLabel(ctx: CanvasRenderingContext2D, bottle: ShelfBottle, x: number, y: number, layout: LabelAtlasLayout): void {
  const s = layout.scale;
  const w = layout.cellW;
  const h = layout.cellH;
  roundedRect(ctx, x + 1, y + 1, w - 2, h - 2, 5 * s, '#fffdf8');
  roundedRect(ctx, x + 1, y + 1, w - 2, 15 * s, 5 * s, bottle.capColour);
  ctx.fillRect(x + 1, y + 8 * s, w - 2, 8 * s);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.fillStyle = inkFor(bottle.capColour);
  ctx.font = `700 ${Math.round(10 * s)}px ${SYSTEM_FONT}`;
  ctx.fillText(bottle.form.toUpperCase(), x + 6 * s, y + 9 * s);
  ctx.fillStyle = PALETTE.plasticDark;
  const below = paintName(ctx, bottle.labelName, x + 5 * s, y + 18 * s, w - 10 * s, s);
  // The strength and NDC move down when the name took two lines, keeping clear of the cell's edge.
  const strengthY = Math.max(y + 46 * s, below + 8 * s);
  fitFont(ctx, bottle.strength, Math.round((below > y + 40 * s ? 13 : 15) * s), w - 10 * s, '600');
  ctx.fillText(bottle.strength, x + 5 * s, strengthY);
  ctx.fillStyle = '#4a4f55';
  fitFont(ctx, `NDC ${bottle.ndc}`, Math.round(12 * s), w - 10 * s, '600');
  ctx.fillText(`NDC ${bottle.ndc}`, x + 5 * s, Math.min(y + h - 8 * s, strengthY + 16 * s));
}

/** The single label texture for the whole shelf, in shelf order. */
export function makeLabelAtlas(shelf: readonly ShelfBottle[]): Texture {
  const layout = labelAtlasLayout(shelf.length);
  return paintTexture(
    'bottle-label-atlas',
    LABEL_ATLAS_SIZE,
    LABEL_ATLAS_SIZE,
    (ctx) => {
      ctx.fillStyle = '#fffdf8';
      ctx.fillRect(0, 0, LABEL_ATLAS_SIZE, LABEL_ATLAS_SIZE);
      shelf.forEach((bottle, i) => {
        const { x, y } = cellOrigin(layout, i);
        paintLabel(ctx, bottle, x, y, layout);
      });
    },
    { anisotropy: 8 },
  );
}
