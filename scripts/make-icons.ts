// Draws the toolbar icons (coloured and grey) as PNGs without an image library, so the icons are
// reproducible from source: `node scripts/make-icons.ts` rewrites public/icon/*.png.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

type RGBA = [number, number, number, number];

function crc32(buf: Uint8Array): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size: number, pixel: (x: number, y: number) => RGBA): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** A rounded square with a speech-mark "context" glyph: three text lines, the middle one underlined with dots. */
function icon(size: number, bg: RGBA, fg: RGBA, accent: RGBA) {
  const s = size;
  const r = s * 0.22;
  return png(s, (x, y) => {
    const dx = Math.max(r - x, 0, x - (s - r));
    const dy = Math.max(r - y, 0, y - (s - r));
    if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
    const u = x / s;
    const v = y / s;
    const line = (top: number, left: number, right: number) => v > top && v < top + 0.1 && u > left && u < right;
    if (line(0.2, 0.18, 0.82) || line(0.42, 0.18, 0.62) || line(0.64, 0.18, 0.72)) return fg;
    // the dotted underline under the middle line: what a highlighted mention looks like
    if (v > 0.55 && v < 0.6 && u > 0.18 && u < 0.62 && Math.floor(u * 12) % 2 === 0) return accent;
    return bg;
  });
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  writeFileSync(`public/icon/${size}.png`, icon(size, [29, 78, 216, 255], [255, 255, 255, 255], [250, 204, 21, 255]));
  writeFileSync(`public/icon/grey-${size}.png`, icon(size, [120, 120, 128, 255], [235, 235, 235, 255], [200, 200, 200, 255]));
}
console.log('wrote public/icon/{16,32,48,96,128}.png and grey variants');
