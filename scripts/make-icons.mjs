// Draws the add-in's ribbon icons (assets/*.png) without an image library: run `node scripts/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, paint) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = paint((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inRoundedSquare = (x, y, r = 0.18) => {
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const TRANSPARENT = [0, 0, 0, 0];
const WHITE = [255, 255, 255, 255];

// App icon: three rising bars on Excel green.
const appIcon = (x, y) => {
  if (!inRoundedSquare(x, y)) return TRANSPARENT;
  const bars = [
    [0.2, 0.36, 0.58],
    [0.42, 0.58, 0.4],
    [0.64, 0.8, 0.22],
  ];
  for (const [x0, x1, top] of bars) if (x >= x0 && x <= x1 && y >= top && y <= 0.8) return WHITE;
  return [16, 124, 65, 255];
};

// Check icon: a white tick on Office blue.
const checkIcon = (x, y) => {
  if ((x - 0.5) ** 2 + (y - 0.5) ** 2 > 0.25) return TRANSPARENT;
  const distToSegment = (ax, ay, bx, by) => {
    const t = Math.max(
      0,
      Math.min(
        1,
        ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
      ),
    );
    return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
  };
  const d = Math.min(distToSegment(0.27, 0.52, 0.44, 0.68), distToSegment(0.44, 0.68, 0.74, 0.34));
  return d < 0.07 ? WHITE : [15, 108, 189, 255];
};

const distToSegmentFrom = (x, y) => (ax, ay, bx, by) => {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};

// Clear icon: a white cross on neutral grey.
const clearIcon = (x, y) => {
  if ((x - 0.5) ** 2 + (y - 0.5) ** 2 > 0.25) return TRANSPARENT;
  const dist = distToSegmentFrom(x, y);
  const d = Math.min(dist(0.32, 0.32, 0.68, 0.68), dist(0.32, 0.68, 0.68, 0.32));
  return d < 0.07 ? WHITE : [97, 97, 97, 255];
};

for (const size of [16, 32, 64, 80]) {
  writeFileSync(`assets/icon-${size}.png`, png(size, appIcon));
  writeFileSync(`assets/check-${size}.png`, png(size, checkIcon));
  writeFileSync(`assets/clear-${size}.png`, png(size, clearIcon));
}
