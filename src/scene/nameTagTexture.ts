import type { Texture } from 'three';
import { fitFont, paintTexture, roundedRect } from './canvasTexture';
import { PALETTE } from './palette';

/** Size of a name tag on the chest, in metres (the texture keeps the same 3.2 : 1 shape). */
export const NAME_TAG_SIZE: readonly [number, number] = [0.24, 0.075];

/** A white tag with a coloured strip and the person's name in the system font. */
export function makeNameTag(name: string, strip: string = PALETTE.counterFront): Texture {
  return paintTexture(`name-tag:${name}`, 256, 80, (ctx, w, h) => {
    roundedRect(ctx, 0, 0, w, h, 12, strip);
    roundedRect(ctx, 4, 14, w - 8, h - 18, 9, '#ffffff');
    ctx.fillStyle = PALETTE.plasticDark;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    fitFont(ctx, name, 38, w - 24, '700');
    ctx.fillText(name, w / 2, 14 + (h - 18) / 2 + 1);
  });
}
