// The admin console, built into the Python package (dispatchhub/web/admin/, not committed)
// and served by Starlette at /admin/. Nothing is loaded from outside the server at run time.
import { fileURLToPath } from "node:url";
import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

export default defineConfig({
  base: "/admin/",
  plugins: [vue()],
  build: {
    outDir: fileURLToPath(new URL("../../../dispatchhub/web/admin", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    reportCompressedSize: true,
  },
  server: { proxy: { "/graphql": { target: "http://127.0.0.1:8000", ws: true } } },
});
