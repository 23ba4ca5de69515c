#!/usr/bin/env node
// Draws the add-in icons (assets/icon-<size>.png) with plain JavaScript: shapes are tested
// per sub-sample (supersampling gives anti-aliasing) and the PNG is encoded with node:zlib.
// No image library needed. Usage:
//   node scripts/make-icons.mjs                 write assets/icon-{16,32,64,80,128}.png
//   node scripts/make-icons.mjs --preview DIR   also write 8x enlarged copies to DIR for review
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8; // 8 x 8 samples per pixel

// ---------- colours (RGBA, 0-255) ----------
const TEAL_TOP = [18, 138, 150, 255];
const TEAL_BOTTOM = [9, 96, 117, 255];
const WHITE = [255, 255, 255, 255];
const FOLD = [190, 226, 230, 255];
const LINE = [150, 200, 206, 255];
const BADGE = [244, 178, 61, 255]; // warm amber accent
const CHECK = [255, 255, 255, 255];

// ---------- geometry helpers (coordinates in units of the icon size, 0..1) ----------
function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function inPolygon(x, y, pts) {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i];
    const [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function inCircle(x, y, cx, cy, r) {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function inPolyline(x, y, pts, width) {
  for (let i = 0; i + 1 < pts.length; i++) {
    if (distToSegment(x, y, pts[i], pts[i + 1]) <= width / 2) return true;
  }
  return false;
}

// ---------- the design ----------
// A rounded teal square, a white document with a folded corner and text lines, and an
// amber badge with a white check mark. At 16 px the check sits on the page instead.
function layout(size) {
  if (size <= 16) {
    // 16 px: edges on whole pixels, no text lines or ring; the check sits on the page itself.
    const u = 1 / 16;
    const doc = { x0: 3 * u, y0: 2 * u, x1: 13 * u, y1: 14 * u, fold: 4 * u };
    return {
      doc,
      lines: [],
      badge: null,
      check: [
        [5 * u, 8.6 * u],
        [7.3 * u, 10.9 * u],
        [11 * u, 6.4 * u],
      ],
      checkColour: TEAL_BOTTOM,
      checkWidth: 2 * u,
      lineWidth: 0,
      radius: 3 * u,
    };
  }
  const doc = { x0: 0.24, y0: 0.16, x1: 0.7, y1: 0.84, fold: 0.15 };
  const lines = [0.36, 0.47, 0.58].map((y, i) => ({ y, x0: doc.x0 + 0.08, x1: doc.x1 - (i === 0 ? 0.14 : 0.08) }));
  const badge = { cx: 0.7, cy: 0.7, r: 0.22, ring: size <= 32 ? 0.06 : 0.05 };
  const check = [
    [badge.cx - badge.r * 0.5, badge.cy + badge.r * 0.02],
    [badge.cx - badge.r * 0.12, badge.cy + badge.r * 0.4],
    [badge.cx + badge.r * 0.52, badge.cy - badge.r * 0.38],
  ];
  return {
    doc,
    lines,
    badge,
    check,
    checkColour: CHECK,
    checkWidth: badge.r * (size <= 32 ? 0.36 : 0.3),
    lineWidth: size <= 32 ? 0.06 : 0.045,
    radius: 0.18,
  };
}

// Returns the colour of one sample, or null for transparent.
function sample(x, y, L) {
  if (!inRoundRect(x, y, 0, 0, 1, 1, L.radius)) return null;
  const t = y; // vertical gradient
  let colour = TEAL_TOP.map((c, i) => Math.round(c + (TEAL_BOTTOM[i] - c) * t));

  const { doc } = L;
  const docShape = [
    [doc.x0, doc.y0],
    [doc.x1 - doc.fold, doc.y0],
    [doc.x1, doc.y0 + doc.fold],
    [doc.x1, doc.y1],
    [doc.x0, doc.y1],
  ];
  if (inPolygon(x, y, docShape)) {
    colour = WHITE;
    for (const line of L.lines) {
      if (
        inPolyline(
          x,
          y,
          [
            [line.x0, line.y],
            [line.x1, line.y],
          ],
          L.lineWidth,
        )
      )
        colour = LINE;
    }
  }
  const foldShape = [
    [doc.x1 - doc.fold, doc.y0],
    [doc.x1 - doc.fold, doc.y0 + doc.fold],
    [doc.x1, doc.y0 + doc.fold],
  ];
  if (inPolygon(x, y, foldShape)) colour = FOLD;

  const { badge } = L;
  if (badge) {
    if (inCircle(x, y, badge.cx, badge.cy, badge.r + badge.ring)) colour = TEAL_BOTTOM;
    if (inCircle(x, y, badge.cx, badge.cy, badge.r)) {
      colour = BADGE;
      if (inPolyline(x, y, L.check, L.checkWidth)) colour = L.checkColour;
    }
  } else if (inPolyline(x, y, L.check, L.checkWidth)) {
    colour = L.checkColour;
  }
  return colour;
}

function render(size) {
  const L = layout(size);
  const px = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (pxl + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          const c = sample(x, y, L);
          if (!c) continue;
          const alpha = c[3] / 255;
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const o = (py * size + pxl) * 4;
      if (a > 0) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round((a / n) * 255);
    }
  }
  return { width: size, height: size, rgba: px };
}

function enlarge(img, factor) {
  const w = img.width * factor;
  const h = img.height * factor;
  const out = Buffer.alloc(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const src = (Math.floor(y / factor) * img.width + Math.floor(x / factor)) * 4;
      img.rgba.copy(out, (y * w + x) * 4, src, src + 4);
    }
  }
  return { width: w, height: h, rgba: out };
}

// ---------- PNG encoding ----------
const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng({ width, height, rgba }) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main(argv) {
  const previewIdx = argv.indexOf("--preview");
  const previewDir = previewIdx >= 0 ? resolve(argv[previewIdx + 1] || "icon-preview") : null;
  const assets = join(ROOT, "assets");
  mkdirSync(assets, { recursive: true });
  if (previewDir) mkdirSync(previewDir, { recursive: true });
  for (const size of SIZES) {
    const img = render(size);
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(img));
    console.log(`wrote ${file}`);
    if (previewDir) {
      const factor = Math.max(1, Math.round(256 / size));
      writeFileSync(join(previewDir, `icon-${size}-x${factor}.png`), encodePng(enlarge(img, factor)));
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
