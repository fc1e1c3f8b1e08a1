import { crc32, inflateSync } from 'node:zlib';

/** A decoded image: `rgb(x, y)` is the pixel's colour as '#rrggbb'. */
export interface DecodedPng {
  width: number;
  height: number;
  rgb: (x: number, y: number) => string;
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/**
 * Reads an 8-bit PNG (indexed, RGB or RGBA, not interlaced) for the tests: it checks every
 * chunk's CRC and undoes all five row filters, so it reads resvg's cards as well as ours.
 */
export function decodePng(png: Uint8Array): DecodedPng {
  const data = Buffer.from(png);
  if (data.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  let at = 8;
  let width = 0;
  let height = 0;
  let type = 0;
  let palette = Buffer.alloc(0);
  const idat: Buffer[] = [];
  for (;;) {
    const length = data.readUInt32BE(at);
    const name = data.subarray(at + 4, at + 8).toString('latin1');
    const body = data.subarray(at + 8, at + 8 + length);
    if (crc32(data.subarray(at + 4, at + 8 + length)) !== data.readUInt32BE(at + 8 + length)) {
      throw new Error(`bad CRC in ${name}`);
    }
    if (name === 'IHDR') {
      [width, height, type] = [body.readUInt32BE(0), body.readUInt32BE(4), body[9]!];
      if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
    }
    if (name === 'PLTE') palette = body;
    if (name === 'IDAT') idat.push(body);
    at += 12 + length;
    if (name === 'IEND') break;
  }
  const bpp = { 2: 3, 3: 1, 6: 4 }[type as 2 | 3 | 6];
  if (!bpp) throw new Error(`colour type ${type} not read`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= bpp ? pixels[y * stride + i - bpp]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = i >= bpp && y > 0 ? pixels[(y - 1) * stride + i - bpp]! : 0;
      const predicted = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]!;
      pixels[y * stride + i] = (x + predicted) & 0xff;
    }
  }
  const hex = (bytes: ArrayLike<number>) =>
    `#${Array.from(bytes, (v) => v.toString(16).padStart(2, '0')).join('')}`;
  const rgb = (x: number, y: number) => {
    const i = (y * width + x) * bpp;
    if (type === 3) return hex(palette.subarray(pixels[i]! * 3, pixels[i]! * 3 + 3));
    return hex(pixels.subarray(i, i + 3));
  };
  return { width, height, rgb };
}
