#!/usr/bin/env node
/**
 * Draws the add-in's icon (a green rounded square with a white check mark) and writes it as PNG
 * at every size the manifest uses: assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png.
 *
 *   node scripts/make-icons.mjs           write the files
 *   node scripts/make-icons.mjs --check   exit 1 if a committed file differs from what it would write
 *
 * Only node's zlib: shapes are signed distance functions, each pixel's coverage comes from
 * 4 x 4 samples of them (anti-aliasing), and the PNG (RGBA, 8 bits, no filter) is assembled by
 * hand with its CRC-32s. The output is deterministic, so rebuilding gives identical bytes.
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80];
const GREEN = [0x10, 0x7c, 0x41]; // Excel's green, so the group reads as part of Excel
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4; // per axis

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "assets");

// ---- PNG encoding -------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  typeAndData.copy(out, 4);
  out.writeUInt32BE(crc32(typeAndData), 8 + data.length);
  return out;
}

/** rgba: Uint8Array of width * height * 4 bytes, straight (not premultiplied) alpha. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// ---- drawing --------------------------------------------------------------------------------

/** Signed distance from (px, py) to a rounded rectangle centred at (cx, cy). */
function roundedRect(px, py, cx, cy, halfW, halfH, r) {
  const qx = Math.abs(px - cx) - (halfW - r);
  const qy = Math.abs(py - cy) - (halfH - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

/** Signed distance from (px, py) to a segment stroked with round caps, half-width hw. */
function capsule(px, py, ax, ay, bx, by, hw) {
  const abx = bx - ax;
  const aby = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * abx + (py - ay) * aby) / (abx * abx + aby * aby)));
  return Math.hypot(px - (ax + t * abx), py - (ay + t * aby)) - hw;
}

function drawIcon(size) {
  const s = size;
  const margin = Math.max(0.5, s * 0.03);
  const half = s / 2 - margin;
  const radius = s * 0.2;
  // The check mark, in units of the icon's side; a thicker stroke at small sizes keeps it legible.
  const pts = [
    [0.26, 0.53],
    [0.43, 0.7],
    [0.75, 0.33],
  ].map(([x, y]) => [x * s, y * s]);
  const hw = Math.max(s * 0.055, 0.95);

  const rgba = new Uint8Array(s * s * 4);
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      let bg = 0;
      let mark = 0;
      for (let j = 0; j < SAMPLES; j++) {
        for (let i = 0; i < SAMPLES; i++) {
          const px = x + (i + 0.5) / SAMPLES;
          const py = y + (j + 0.5) / SAMPLES;
          if (roundedRect(px, py, s / 2, s / 2, half, half, radius) > 0) continue;
          bg++;
          const d = Math.min(
            capsule(px, py, pts[0][0], pts[0][1], pts[1][0], pts[1][1], hw),
            capsule(px, py, pts[1][0], pts[1][1], pts[2][0], pts[2][1], hw),
          );
          if (d <= 0) mark++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = bg / n;
      const white = bg ? mark / bg : 0; // share of the covered area that is white
      const o = (y * s + x) * 4;
      for (let c = 0; c < 3; c++) rgba[o + c] = Math.round(GREEN[c] + (WHITE[c] - GREEN[c]) * white);
      rgba[o + 3] = Math.round(alpha * 255);
    }
  }
  return encodePng(s, s, rgba);
}

// ---- main -----------------------------------------------------------------------------------

const check = process.argv.includes("--check");
let stale = 0;
mkdirSync(outDir, { recursive: true });
for (const size of SIZES) {
  const file = join(outDir, `icon-${size}.png`);
  const png = drawIcon(size);
  if (check) {
    if (!existsSync(file) || !readFileSync(file).equals(png)) {
      console.error(`stale: assets/icon-${size}.png (run node scripts/make-icons.mjs)`);
      stale++;
    }
  } else {
    writeFileSync(file, png);
    console.log(`wrote assets/icon-${size}.png (${png.length} bytes)`);
  }
}
if (stale) process.exit(1);
