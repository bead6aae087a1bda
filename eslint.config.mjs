import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

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
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "drizzle-orm", message: "Use lib/*/queries or lib/*/commands." }],
          patterns: [
            { group: ["drizzle-orm/*"], message: "Use lib/*/queries or lib/*/commands." },
            { group: ["@/db", "@/db/*", "**/db/*"], message: "Use lib/*/queries or lib/*/commands." },
          ],
        },
      ],
    },
  },
];

export default config;
