/** A glyph's outline as drawing commands in pixels (y down), as fontkitten's paths give them. */
export interface Command {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

/** An anti-aliased coverage mask (0–255 a pixel) placed at (left, top) in the card. */
export interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

type Point = [number, number];

/** Each command's points as straight segments: curves are cut finely enough to look smooth. */
function flatten(commands: Command[]): Point[][] {
  const contours: Point[][] = [];
  let contour: Point[] = [];
  let at: Point = [0, 0];
  const curve = (steps: number, point: (t: number) => Point) => {
    for (let i = 1; i <= steps; i++) contour.push(point(i / steps));
  };
  for (const { command, args: a } of commands) {
    if (command === 'moveTo') {
      if (contour.length > 1) contours.push(contour);
      contour = [[a[0]!, a[1]!]];
    } else if (command === 'lineTo') {
      contour.push([a[0]!, a[1]!]);
    } else if (command === 'quadraticCurveTo') {
      const [x0, y0] = at;
      const [x1, y1, x2, y2] = a as [number, number, number, number];
      const steps = Math.ceil(Math.sqrt(Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2) * 2)) || 1;
      curve(steps, (t) => {
        const u = 1 - t;
        return [u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2];
      });
    } else if (command === 'bezierCurveTo') {
      const [x0, y0] = at;
      const [x1, y1, x2, y2, x3, y3] = a as [number, number, number, number, number, number];
      const steps = Math.ceil(Math.sqrt(Math.hypot(x0 - x1 + x3 - x2, y0 - y1 + y3 - y2) * 3)) || 1;
      curve(steps, (t) => {
        const u = 1 - t;
        const [b0, b1, b2, b3] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
        return [b0 * x0 + b1 * x1 + b2 * x2 + b3 * x3, b0 * y0 + b1 * y1 + b2 * y2 + b3 * y3];
      });
    }
    if (command === 'closePath') at = contour[0] ?? at;
    else at = contour[contour.length - 1] ?? at;
  }
  if (contour.length > 1) contours.push(contour);
  return contours;
}

/**
 * Adds one edge's signed area to `acc` (a row-major grid `width` wide, one spare cell a row),
 * so that a running sum along each row gives each pixel's exact coverage (the method of font-rs).
 */
function addEdge(acc: Float32Array, width: number, height: number, p0: Point, p1: Point): void {
  if (p0[1] === p1[1]) return;
  const [dir, a, b] = p0[1] < p1[1] ? [1, p0, p1] : [-1, p1, p0];
  const dxdy = (b[0] - a[0]) / (b[1] - a[1]);
  const add = (i: number, v: number) => {
    acc[i] = acc[i]! + v;
  };
  let x = a[0] + Math.max(0, -a[1]) * dxdy;
  for (let y = Math.max(0, Math.floor(a[1])); y < Math.min(height, Math.ceil(b[1])); y++) {
    const row = y * (width + 1);
    const dy = Math.min(y + 1, b[1]) - Math.max(y, a[1]);
    const xNext = x + dxdy * dy;
    const d = dy * dir;
    const [x0, x1] = x < xNext ? [x, xNext] : [xNext, x];
    const x0i = Math.floor(x0);
    const x1i = Math.ceil(x1);
    if (x1i <= x0i + 1) {
      const xmf = 0.5 * (x + xNext) - x0i;
      add(row + x0i, d - d * xmf);
      add(row + x0i + 1, d * xmf);
    } else {
      const s = 1 / (x1 - x0);
      const x0f = x0 - x0i;
      const a0 = 0.5 * s * (1 - x0f) * (1 - x0f);
      const x1f = x1 - x1i + 1;
      const am = 0.5 * s * x1f * x1f;
      add(row + x0i, d * a0);
      if (x1i === x0i + 2) {
        add(row + x0i + 1, d * (1 - a0 - am));
      } else {
        const a1 = s * (1.5 - x0f);
        add(row + x0i + 1, d * (a1 - a0));
        for (let xi = x0i + 2; xi < x1i - 1; xi++) add(row + xi, d * s);
        const a2 = a1 + (x1i - x0i - 3) * s;
        add(row + x1i - 1, d * (1 - a2 - am));
      }
      add(row + x1i, d * am);
    }
    x = xNext;
  }
}

/**
 * The coverage mask of an outline (in pixels, y down), filled by the non-zero rule as a glyph's
 * overlapping contours are; an empty outline (a space) gives an empty mask.
 * @example rasterise([{ command: 'moveTo', args: [0, 0] }, ...]) // { left, top, width, height, alpha }
 */
export function rasterise(commands: Command[]): Mask {
  const contours = flatten(commands);
  const points = contours.flat();
  if (points.length === 0) return { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array() };
  const left = Math.floor(Math.min(...points.map((p) => p[0])));
  const top = Math.floor(Math.min(...points.map((p) => p[1])));
  const width = Math.ceil(Math.max(...points.map((p) => p[0]))) - left + 1;
  const height = Math.ceil(Math.max(...points.map((p) => p[1]))) - top;
  const acc = new Float32Array((width + 1) * height + 1);
  for (const contour of contours) {
    for (let i = 0; i < contour.length; i++) {
      const [x0, y0] = contour[i]!;
      const [x1, y1] = contour[(i + 1) % contour.length]!;
      addEdge(acc, width, height, [x0 - left, y0 - top], [x1 - left, y1 - top]);
    }
  }
  const alpha = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    let sum = 0;
    for (let x = 0; x < width; x++) {
      sum += acc[y * (width + 1) + x]!;
      alpha[y * width + x] = Math.round(Math.min(1, Math.abs(sum)) * 255);
    }
  }
  return { left, top, width, height, alpha };
}
