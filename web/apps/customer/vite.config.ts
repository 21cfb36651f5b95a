// The customer app, built into the Python package (dispatchhub/web/app/, not committed) and
// served by Starlette at /app/. Nothing is loaded from outside the server at run time.
import { fileURLToPath } from "node:url";
import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

export default defineConfig({
  base: "/app/",
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL("../../../dispatchhub/web/app", import.meta.url)),
    emptyOutDir: true,
    reportCompressedSize: true,
  },
  server: { proxy: { "/graphql": { target: "http://127.0.0.1:8000", ws: true } } },
});
