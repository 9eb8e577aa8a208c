// Visual regression: compares a screenshot with its committed baseline in tests/visual/, or two
// screenshots of one thing made two ways with each other. Used by the `mbc-screenshot` and
// `mbc-compare-screenshots` test commands (scripts/engine-commands.mjs). `npm run test:visual -- --update`
// (or MBC_UPDATE_BASELINES=1) writes the new screenshots as baselines instead; a mismatch leaves the
// new image and a difference image in .tmp/visual/ for review.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const root = resolve(import.meta.dirname, '..');
export const BASELINES = join(root, 'tests/visual');
const OUTPUT = join(root, '.tmp/visual');
/** Per-pixel colour tolerance (pixelmatch's YIQ threshold, 0-1) and the share of pixels allowed to differ. */
const THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.001;

/** Names become file names: lower-case words and digits joined by hyphens. */
const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * @param {string} name
 * @param {Uint8Array} png the new screenshot
 * @returns {{ status: 'match' | 'updated' | 'missing' | 'size' | 'mismatch', detail: string }}
 */
export function compareWithBaseline(name, png) {
  if (!NAME.test(name)) throw new TypeError(`visual baseline name "${name}" must be lower-case words joined by hyphens`);
  const file = join(BASELINES, `${name}.png`);
  const actual = PNG.sync.read(Buffer.from(png));
  if (process.env.MBC_UPDATE_BASELINES) {
    mkdirSync(BASELINES, { recursive: true });
    // No alpha channel (the screenshots are opaque): a quarter smaller in the repository.
    writeFileSync(file, PNG.sync.write(actual, { colorType: 2, deflateLevel: 9 }));
    return { status: 'updated', detail: `wrote tests/visual/${name}.png` };
  }
  if (!existsSync(file)) return { status: 'missing', detail: `no baseline tests/visual/${name}.png: run npm run test:visual -- --update` };
  const expected = PNG.sync.read(readFileSync(file));
  if (expected.width !== actual.width || expected.height !== actual.height) {
    keep(name, { actual });
    return { status: 'size', detail: `${name}: ${actual.width}x${actual.height}, baseline ${expected.width}x${expected.height} (new image in .tmp/visual/)` };
  }
  const { changed, ratio, diff } = difference(expected, actual);
  if (ratio <= MAX_DIFF_RATIO) return { status: 'match', detail: `${name}: ${changed} pixels differ` };
  keep(name, { actual, diff });
  return { status: 'mismatch', detail: `${name}: ${changed} pixels (${(ratio * 100).toFixed(2)}%) differ from the baseline (images in .tmp/visual/)` };
}

/** Leaves images for review in .tmp/visual/<name>.<key>.png. */
function keep(name, images) {
  mkdirSync(OUTPUT, { recursive: true });
  for (const [key, image] of Object.entries(images)) writeFileSync(join(OUTPUT, `${name}.${key}.png`), PNG.sync.write(image));
}

/** The pixels two images of one size differ by (with the tolerance above), and a picture of where. */
function difference(a, b) {
  const diff = new PNG({ width: a.width, height: a.height });
  const changed = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: THRESHOLD });
  return { changed, ratio: changed / (a.width * a.height), diff };
}

/**
 * Compares two screenshots of the same thing made two ways (`expected`, `actual`), with the same
 * tolerance as a baseline; a mismatch leaves both and their difference in .tmp/visual/.
 * @param {string} name
 * @param {Uint8Array} expectedPng
 * @param {Uint8Array} actualPng
 * @returns {{ status: 'match' | 'size' | 'mismatch', detail: string }}
 */
export function compareScreenshots(name, expectedPng, actualPng) {
  if (!NAME.test(name)) throw new TypeError(`screenshot name "${name}" must be lower-case words joined by hyphens`);
  const expected = PNG.sync.read(Buffer.from(expectedPng));
  const actual = PNG.sync.read(Buffer.from(actualPng));
  if (expected.width !== actual.width || expected.height !== actual.height) {
    keep(name, { expected, actual });
    return { status: 'size', detail: `${name}: ${actual.width}x${actual.height} against ${expected.width}x${expected.height} (images in .tmp/visual/)` };
  }
  const { changed, ratio, diff } = difference(expected, actual);
  if (ratio <= MAX_DIFF_RATIO) return { status: 'match', detail: `${name}: ${changed} pixels differ` };
  keep(name, { expected, actual, diff });
  return { status: 'mismatch', detail: `${name}: ${changed} pixels (${(ratio * 100).toFixed(2)}%) differ (images in .tmp/visual/)` };
}
