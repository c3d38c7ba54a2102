// Build the panel into the one module Home Assistant serves (committed, since HACS cannot build).
//   node build.mjs          write the bundle
//   node build.mjs --check  build in memory; exit 1 when the committed bundle differs
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const outfile = fileURLToPath(
  new URL("../custom_components/sleep_twitch_coach/frontend/sleep-twitch-coach-panel.js", import.meta.url),
);
const shown = relative(process.cwd(), outfile);

// Everything that could make two builds differ is fixed here: no source maps, no banner,
// no timestamps, paths relative to this folder. Lit's licence notice is kept, at the end.
const result = await build({
  absWorkingDir: here,
  entryPoints: ["src/sleep-twitch-coach-panel.ts"],
  outfile,
  bundle: true,
  format: "esm",
  target: "es2022",
  platform: "browser",
  minify: true,
  sourcemap: false,
  legalComments: "eof",
  charset: "utf8",
  tsconfig: "tsconfig.json",
  write: false,
  logLevel: "warning",
});

const [output] = result.outputFiles;
const built = Buffer.from(output.contents);

if (process.argv.includes("--check")) {
  const committed = await readFile(outfile).catch(() => null);
  if (committed === null) {
    console.error(`${shown} is missing: run "npm run build" and commit it.`);
    process.exit(1);
  }
  if (!committed.equals(built)) {
    console.error(
      `${shown} is out of date (${committed.length} bytes committed, ${built.length} built from src/): ` +
        `run "npm run build" and commit it.`,
    );
    process.exit(1);
  }
  console.log(`${shown} matches the sources (${built.length} bytes).`);
} else {
  await mkdir(dirname(outfile), { recursive: true });
  await writeFile(outfile, built);
  console.log(`wrote ${shown} (${built.length} bytes)`);
}
