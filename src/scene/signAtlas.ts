import { fitFont, paintTexture, roundedRect } from './canvasTexture';
import { PALETTE, SYSTEM_FONT } from './palette';
import type { Texture } from 'three';

/** A rectangle on the sign atlas, in canvas pixels. */
export interface AtlasRegion {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Side of the square sign atlas canvas. */
export const SIGN_ATLAS_SIZE = 512;

/** Every sign, poster, screen and glowing panel in the shop shares this one 512 px canvas. */
export const SIGN_REGIONS = {
  pharmacy: { x: 0, y: 0, w: 512, h: 96 },
  dropoff: { x: 0, y: 96, w: 256, h: 64 },
  pickup: { x: 256, y: 96, w: 256, h: 64 },
  screen: { x: 0, y: 160, w: 192, h: 128 },
  posterFlu: { x: 192, y: 160, w: 112, h: 160 },
  posterAsk: { x: 304, y: 160, w: 112, h: 160 },
  clock: { x: 416, y: 160, w: 96, h: 96 },
  daylight: { x: 416, y: 256, w: 96, h: 64 },
  lightPanel: { x: 416, y: 320, w: 48, h: 48 },
  coldFlu: { x: 0, y: 288, w: 192, h: 48 },
  waitHere: { x: 0, y: 336, w: 160, h: 80 },
  verification: { x: 192, y: 320, w: 224, h: 40 },
  stock: { x: 192, y: 360, w: 224, h: 40 },
  phoneNotes: { x: 160, y: 400, w: 96, h: 112 },
  printerLabel: { x: 256, y: 400, w: 160, h: 64 },
  consult: { x: 256, y: 464, w: 160, h: 48 },
  register: { x: 416, y: 368, w: 96, h: 40 },
} as const satisfies Record<string, AtlasRegion>;

/** The name of one sign on the atlas. */
export type SignName = keyof typeof SIGN_REGIONS;

function banner(ctx: CanvasRenderingContext2D, r: AtlasRegion, bg: string, fg: string, text: string, size: number): void {
  roundedRect(ctx, r.x + 2, r.y + 2, r.w - 4, r.h - 4, 8, bg);
  ctx.fillStyle = fg;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  fitFont(ctx, text, size, r.w - 24, '800');
  ctx.fillText(text, r.x + r.w / 2, r.y + r.h / 2 + 1);
}

function lines(
  ctx: CanvasRenderingContext2D,
  texts: readonly string[],
  x: number,
  y: number,
  size: number,
  colour: string,
  step: number,
): void {
  ctx.fillStyle = colour;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  ctx.font = `600 ${size}px ${SYSTEM_FONT}`;
  texts.forEach((t, i) => ctx.fillText(t, x, y + i * step));
}

function paintPharmacy(ctx: CanvasRenderingContext2D, r: AtlasRegion): void {
  roundedRect(ctx, r.x, r.y, r.w, r.h, 10, PALETTE.counterFront);
  roundedRect(ctx, r.x + 20, r.y + 16, 64, 64, 12, PALETTE.coral);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(r.x + 45, r.y + 26, 14, 44);
  ctx.fillRect(r.x + 30, r.y + 41, 44, 14);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.font = `800 60px ${SYSTEM_FONT}`;
  ctx.fillText('PHARMACY', r.x + 104, r.y + r.h / 2 + 3);
}

function paintScreen(ctx: CanvasRenderingContext2D, r: AtlasRegion): void {
  ctx.fillStyle = PALETTE.screenGlow;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = PALETTE.counterFront;
  ctx.fillRect(r.x, r.y, r.w, 18);
  lines(ctx, ['Rx Entry  ·  Patient profile'], r.x + 6, r.y + 3, 11, '#ffffff', 0);
  const fields = ['Patient', 'Drug', 'Sig', 'Qty', 'Days', 'Refills'];
  fields.forEach((f, i) => {
    lines(ctx, [f], r.x + 8, r.y + 26 + i * 16, 10, PALETTE.plasticDark, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(r.x + 56, r.y + 24 + i * 16, r.w - 66, 13);
  });
}

function paintPoster(ctx: CanvasRenderingContext2D, r: AtlasRegion, bg: string, title: readonly string[], sub: readonly string[]): void {
  roundedRect(ctx, r.x + 2, r.y + 2, r.w - 4, r.h - 4, 6, bg);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.beginPath();
  ctx.arc(r.x + r.w / 2, r.y + 44, 26, 0, Math.PI * 2);
  ctx.fill();
  lines(ctx, title, r.x + 10, r.y + 80, 16, '#ffffff', 19);
  lines(ctx, sub, r.x + 10, r.y + 124, 10, '#fff7e8', 13);
}

function paintClock(ctx: CanvasRenderingContext2D, r: AtlasRegion): void {
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  ctx.fillStyle = PALETTE.plasticDark;
  ctx.beginPath();
  ctx.arc(cx, cy, 46, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#fffdf7';
  ctx.beginPath();
  ctx.arc(cx, cy, 40, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = PALETTE.plasticDark;
  ctx.lineWidth = 4;
  ctx.beginPath();
  ctx.moveTo(cx, cy);
  ctx.lineTo(cx + 18, cy - 14);
  ctx.moveTo(cx, cy);
  ctx.lineTo(cx - 4, cy - 32);
  ctx.stroke();
}

function paintDaylight(ctx: CanvasRenderingContext2D, r: AtlasRegion): void {
  const g = ctx.createLinearGradient(0, r.y, 0, r.y + r.h);
  g.addColorStop(0, '#bfe3f2');
  g.addColorStop(0.65, '#eaf6f8');
  g.addColorStop(0.66, '#cdd9c8');
  g.addColorStop(1, '#b9c7b1');
  ctx.fillStyle = g;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(r.x + r.w / 2 - 2, r.y, 4, r.h);
  ctx.strokeStyle = '#f4f1ea';
  ctx.lineWidth = 6;
  ctx.strokeRect(r.x + 3, r.y + 3, r.w - 6, r.h - 6);
}

/** Paints every region of the sign atlas. */
export function paintSignAtlas(ctx: CanvasRenderingContext2D): void {
  const R = SIGN_REGIONS;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, SIGN_ATLAS_SIZE, SIGN_ATLAS_SIZE);
  paintPharmacy(ctx, R.pharmacy);
  banner(ctx, R.dropoff, PALETTE.coral, '#ffffff', 'DROP-OFF', 40);
  banner(ctx, R.pickup, PALETTE.counterFront, '#ffffff', 'PICK-UP', 40);
  paintScreen(ctx, R.screen);
  paintPoster(ctx, R.posterFlu, PALETTE.navy, ['FLU SHOTS', 'TODAY'], ['Walk-ins welcome', 'Ask at the counter']);
  paintPoster(ctx, R.posterAsk, PALETTE.wallAccentTeal, ['Questions?', 'Ask your'], ['pharmacist about', 'your medicines']);
  paintClock(ctx, R.clock);
  paintDaylight(ctx, R.daylight);
  roundedRect(ctx, R.lightPanel.x, R.lightPanel.y, R.lightPanel.w, R.lightPanel.h, 2, PALETTE.ceilingPanel);
  banner(ctx, R.coldFlu, PALETTE.mustard, PALETTE.plasticDark, 'COLD & FLU', 30);
  banner(ctx, R.waitHere, PALETTE.navy, '#ffffff', 'Please wait here', 20);
  banner(ctx, R.verification, PALETTE.plasticDark, '#ffffff', 'PHARMACIST VERIFICATION', 22);
  banner(ctx, R.stock, PALETTE.wallAccentTeal, '#ffffff', 'Rx STOCK  A – Z', 24);
  roundedRect(ctx, R.phoneNotes.x + 2, R.phoneNotes.y + 2, R.phoneNotes.w - 4, R.phoneNotes.h - 4, 4, '#fff3a8');
  lines(
    ctx,
    ['PHONE LOG', 'Verify caller', 'Transfers:', 'ask RPh', 'Ext 2 = RPh'],
    R.phoneNotes.x + 8,
    R.phoneNotes.y + 10,
    11,
    PALETTE.plasticDark,
    19,
  );
  roundedRect(ctx, R.printerLabel.x + 2, R.printerLabel.y + 2, R.printerLabel.w - 4, R.printerLabel.h - 4, 4, '#ffffff');
  // The label itself is painted from the entry (BenchScreens); here is only the blank backing paper.
  banner(ctx, R.consult, PALETTE.wallSage, PALETTE.counterFront, 'CONSULTATION', 22);
  roundedRect(ctx, R.register.x, R.register.y, R.register.w, R.register.h, 4, '#16302c');
  lines(ctx, ['$ 12.40'], R.register.x + 12, R.register.y + 10, 18, '#8ef0c9', 0);
}

/** The painted sign atlas texture. */
export function makeSignAtlas(): Texture {
  return paintTexture('sign-atlas', SIGN_ATLAS_SIZE, SIGN_ATLAS_SIZE, (ctx) => paintSignAtlas(ctx), { anisotropy: 4 });
}
