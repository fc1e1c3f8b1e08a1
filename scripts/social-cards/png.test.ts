import { describe, expect, test } from 'vitest';
import { decodePng } from './decode-png.ts';
import { encodePng } from './png.ts';

describe('encodePng', () => {
  test('writes an indexed PNG that decodes to the same pixels and colours', () => {
    const pixels = Uint8Array.from({ length: 5 * 3 }, (_, i) => i % 3);
    const png = encodePng(5, 3, pixels, [
      [253, 252, 249],
      [138, 28, 28],
      [0, 0, 0],
    ]);
    const image = decodePng(png);
    expect([image.width, image.height]).toEqual([5, 3]);
    expect(image.rgb(0, 0)).toBe('#fdfcf9');
    expect(image.rgb(1, 0)).toBe('#8a1c1c');
    expect(image.rgb(4, 2)).toBe('#000000');
  });

  test('every chunk carries a correct CRC (the decoder checks them)', () => {
    const png = Buffer.from(encodePng(2, 2, new Uint8Array(4), [[1, 2, 3]]));
    png[png.length - 20] = png[png.length - 20]! ^ 0xff;
    expect(() => decodePng(png)).toThrow(/bad CRC/);
  });
});
