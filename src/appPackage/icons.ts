import { encodePng, type Rgba } from './png';

/** Handleguide's accent colour: a calm green-blue, readable with white on top. */
export const ACCENT = '#2E6F73';

const SAMPLES = 4;

/** The classic heart curve (x² + y² − 1)³ − x²y³ ≤ 0, scaled to fit a unit box centred on (0, 0). */
function insideHeart(x: number, y: number): boolean {
  const hx = x * 2.8;
  const hy = -y * 2.8 + 0.12;
  const a = hx * hx + hy * hy - 1;
  return a * a * a - hx * hx * hy * hy * hy <= 0;
}

/** Fraction of a pixel covered by a shape, from SAMPLES × SAMPLES points: smooth edges without a library. */
function coverage(
  size: number,
  px: number,
  py: number,
  scale: number,
  inside: (x: number, y: number) => boolean,
) {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const x = ((px + (sx + 0.5) / SAMPLES) / size - 0.5) / scale;
      const y = ((py + (sy + 0.5) / SAMPLES) / size - 0.5) / scale;
      if (inside(x, y)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

function hex(colour: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
}

/** 192 × 192, opaque: a white heart on the accent colour. */
export function colorIcon(size = 192): Rgba {
  const pixels = new Uint8Array(size * size * 4);
  const [r, g, b] = hex(ACCENT);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(size, x, y, 0.7, insideHeart);
      const i = (y * size + x) * 4;
      pixels[i] = Math.round(r + (255 - r) * c);
      pixels[i + 1] = Math.round(g + (255 - g) * c);
      pixels[i + 2] = Math.round(b + (255 - b) * c);
      pixels[i + 3] = 255;
    }
  }
  return { width: size, height: size, pixels };
}

/** 32 × 32: the heart's outline in white on a transparent background, as Teams wants outline icons. */
export function outlineIcon(size = 32): Rgba {
  const pixels = new Uint8Array(size * size * 4);
  const stroke = 0.14;
  const ring = (x: number, y: number) =>
    insideHeart(x, y) && !insideHeart(x / (1 - stroke), y / (1 - stroke));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(size, x, y, 0.95, ring);
      const i = (y * size + x) * 4;
      pixels[i] = 255;
      pixels[i + 1] = 255;
      pixels[i + 2] = 255;
      pixels[i + 3] = Math.round(255 * c);
    }
  }
  return { width: size, height: size, pixels };
}

export const iconFiles = (): Record<'color.png' | 'outline.png', Buffer> => ({
  'color.png': encodePng(colorIcon()),
  'outline.png': encodePng(outlineIcon()),
});
