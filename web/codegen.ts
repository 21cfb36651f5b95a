// Types every GraphQL document in the workspace from the committed schema (../schema.graphql).
// `npm run codegen` writes packages/graphql/src/gql/; `npm run codegen:check` fails when that
// output is stale — a schema change that breaks a screen then fails vue-tsc too.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: [
    "apps/*/src/**/*.{ts,vue}",
    "packages/*/src/**/*.{ts,vue}",
    "!packages/graphql/src/gql/**",
    "!**/*.test.ts",
  ],
  ignoreNoDocuments: false,
  generates: {
    "packages/graphql/src/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTime: "string", Date: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
