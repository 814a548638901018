// Renders the share image and the home-screen icon from the SVGs in public/ to the PNGs
// that social sites and home screens need (they do not accept SVG). Run it after changing
// public/og-image.svg or public/icon.svg, and commit the PNGs:
//   npx node scripts/og-image.mjs   (uses sharp, which Astro already installs)
// Text in the share image is set in the fonts of the machine that runs this script
// (Liberation Sans here), so the PNG is committed rather than rebuilt on every build.
import { readFile } from "node:fs/promises";
import sharp from "sharp";

const pub = new URL("../public/", import.meta.url);
const og = await readFile(new URL("og-image.svg", pub));
await sharp(og).png({ compressionLevel: 9 }).toFile(new URL("og-image.png", pub).pathname);

// The icon: the mark on the accent colour, with a margin so masks (rounded squares,
// circles) on Android and iOS do not clip the sun.
const icon = await readFile(new URL("icon.svg", pub));
const size = 180;
await sharp(icon, { density: 72 * (size / 32) })
  .resize(size, size)
  .png({ compressionLevel: 9 })
  .toFile(new URL("apple-touch-icon.png", pub).pathname);
console.log("wrote og-image.png and apple-touch-icon.png in public/");
