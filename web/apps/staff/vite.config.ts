// The staff app, built into the Python package (dispatchhub/web/staff/, not committed) and
// served by Starlette at /staff/. Besides the Vite build it writes the service worker
// (sw/sw.js with the list of built files to precache: the app shell) as /staff/sw.js, so the
// app opens with the network gone. Nothing is loaded from outside the server at run time.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vue from "@vitejs/plugin-vue";
import { defineConfig, type Plugin } from "vite";

const BASE = "/staff/";
const PUBLIC_SHELL = ["manifest.webmanifest", "icon-192.png", "icon-512.png"];

/** Emit sw.js with the shell's files and a version that changes with them. */
function serviceWorker(): Plugin {
  return {
    name: "dispatchhub-staff-sw",
    apply: "build",
    generateBundle(_options, bundle) {
      const files = ["", ...Object.keys(bundle).filter((name) => !name.endsWith(".map")), ...PUBLIC_SHELL]
        .map((name) => BASE + name)
        .sort();
      let hash = 0;
      for (const char of files.join("\n")) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
      const source = readFileSync(fileURLToPath(new URL("./sw/sw.js", import.meta.url)), "utf-8")
        .replace("self.__SHELL__", JSON.stringify(files))
        .replace("self.__VERSION__", JSON.stringify((hash >>> 0).toString(36)));
      this.emitFile({ type: "asset", fileName: "sw.js", source });
    },
  };
}

export default defineConfig({
  base: BASE,
  plugins: [vue(), serviceWorker()],
  build: {
    outDir: fileURLToPath(new URL("../../../dispatchhub/web/staff", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    reportCompressedSize: true,
  },
  server: { proxy: { "/graphql": { target: "http://127.0.0.1:8000", ws: true } } },
});
