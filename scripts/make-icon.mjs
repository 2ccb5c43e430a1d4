// Draws Tranche's app icon: resources/icon.png (1024×1024 RGBA) and resources/icon.svg, from the same
// shapes. A deep-teal rounded square with three white bars stacked like tranches of a grant (the
// latest one shorter, with an amber coin: the payment still to come).
//
// Usage: node scripts/make-icon.mjs   — only node:zlib and node:fs; the PNG is written by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 1024;

const TEAL_TOP = [0x13, 0x76, 0x78];
const TEAL_BOTTOM = [0x0a, 0x47, 0x4c];
const WHITE = [0xff, 0xff, 0xff];
const AMBER = [0xf4, 0xb9, 0x42];

// Geometry, in pixels of the 1024 canvas.
const BACKGROUND = { x: 64, y: 64, w: 896, h: 896, r: 200 };
const BARS = [
  { x: 240, y: 300, w: 300, h: 120, opacity: 0.78 },
  { x: 240, y: 452, w: 440, h: 120, opacity: 0.9 },
  { x: 240, y: 604, w: 544, h: 120, opacity: 1 },
];
const COIN = { cx: 644, cy: 360, r: 60 };

// Signed distances (negative inside); coverage = clamp(0.5 - d) gives one pixel of anti-aliasing.
function roundedRectDistance(px, py, { x, y, w, h, r }) {
  const qx = Math.abs(px - (x + w / 2)) - (w / 2 - r);
  const qy = Math.abs(py - (y + h / 2)) - (h / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
const circleDistance = (px, py, { cx, cy, r }) => Math.hypot(px - cx, py - cy) - r;
const coverage = (d) => Math.min(1, Math.max(0, 0.5 - d));

function renderPng() {
  const rgba = new Float64Array(SIZE * SIZE * 4); // straight alpha, 0..1
  const paint = (i, [r, g, b], alpha) => {
    if (alpha <= 0) return;
    const a0 = rgba[i + 3];
    const a = alpha + a0 * (1 - alpha);
    for (let c = 0; c < 3; c++) rgba[i + c] = (([r, g, b][c] / 255) * alpha + rgba[i + c] * a0 * (1 - alpha)) / a;
    rgba[i + 3] = a;
  };
  for (let y = 0; y < SIZE; y++) {
    const t = (y - BACKGROUND.y) / BACKGROUND.h;
    const teal = TEAL_TOP.map((c, k) => Math.round(c + (TEAL_BOTTOM[k] - c) * Math.min(1, Math.max(0, t))));
    for (let x = 0; x < SIZE; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const i = (y * SIZE + x) * 4;
      paint(i, teal, coverage(roundedRectDistance(px, py, BACKGROUND)));
      for (const bar of BARS) {
        paint(i, WHITE, bar.opacity * coverage(roundedRectDistance(px, py, { ...bar, r: bar.h / 2 })));
      }
      paint(i, AMBER, coverage(circleDistance(px, py, COIN)));
    }
  }
  // PNG scanlines: filter byte 0, then RGBA bytes.
  const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (SIZE * 4 + 1);
    raw[row] = 0;
    for (let x = 0; x < SIZE * 4; x++) raw[row + 1 + x] = Math.round(Math.min(1, Math.max(0, rgba[y * SIZE * 4 + x])) * 255);
  }
  return encodePng(SIZE, SIZE, raw);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(width, height, scanlines) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

function renderSvg() {
  const b = BACKGROUND;
  const bars = BARS.map(
    (bar) =>
      `  <rect x="${bar.x}" y="${bar.y}" width="${bar.w}" height="${bar.h}" rx="${bar.h / 2}" fill="#ffffff"${bar.opacity < 1 ? ` fill-opacity="${bar.opacity}"` : ''}/>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">`,
    '  <title>Tranche</title>',
    '  <defs>',
    `    <linearGradient id="teal" x1="0" y1="${b.y}" x2="0" y2="${b.y + b.h}" gradientUnits="userSpaceOnUse">`,
    `      <stop offset="0" stop-color="${hex(TEAL_TOP)}"/>`,
    `      <stop offset="1" stop-color="${hex(TEAL_BOTTOM)}"/>`,
    '    </linearGradient>',
    '  </defs>',
    `  <rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="${b.r}" fill="url(#teal)"/>`,
    ...bars,
    `  <circle cx="${COIN.cx}" cy="${COIN.cy}" r="${COIN.r}" fill="${hex(AMBER)}"/>`,
    '</svg>',
    '',
  ].join('\n');
}

const outDir = join(root, 'resources');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'icon.png'), renderPng());
writeFileSync(join(outDir, 'icon.svg'), renderSvg());
console.log('Wrote resources/icon.png (1024×1024) and resources/icon.svg');
