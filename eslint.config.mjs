import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

const dataLayerPaths = [{ name: "drizzle-orm", message: "Use lib/*/queries or lib/*/commands." }];
const dataLayerPatterns = [
  { group: ["drizzle-orm/*"], message: "Use lib/*/queries or lib/*/commands." },
  { group: ["@/db", "@/db/*", "**/db/*"], message: "Use lib/*/queries or lib/*/commands." },
];
const readersScript = "Readers' pages load no client code of their own: render on the server (docs/architecture.md, \"Readers' script\").";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".data/**", "dist/**", "node_modules/**", "drizzle/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    plugins: { drizzle },
    rules: {
      // UPDATE and DELETE always carry a WHERE.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx", "executor"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx", "executor"] }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Pages and components read through lib/*/queries and write through lib/*/commands.
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { paths: dataLayerPaths, patterns: dataLayerPatterns }] },
  },
  {
    // Readers' pages ship only Next's runtime, Link and Form (docs/architecture.md, "Readers' script").
    files: ["app/(site)/**", "components/site/**"],
    ignores: ["app/(site)/error.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...dataLayerPaths,
            { name: "next/image", importNames: ["default"], message: readersScript + " Use components/site/story-image.tsx." },
            { name: "next/script", message: readersScript },
            { name: "next/dynamic", message: readersScript },
            { name: "next-auth/react", message: readersScript },
          ],
          patterns: [
            ...dataLayerPatterns,
            { group: ["@tiptap/*", "**/components/admin/*", "**/components/ui/*", "../admin/*", "../ui/*"], message: readersScript },
          ],
        },
      ],
      "no-restricted-syntax": ["error", { selector: "Program > ExpressionStatement[directive='use client']", message: readersScript }],
    },
  },
];

export default config;
