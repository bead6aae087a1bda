// Loads the .env files before anything reads the environment (import it
// first): the production ones under NODE_ENV=production, else the
// development ones (scripts/lib/env-files.ts). `npm run build`, `npm start`
// and `npm run scheduler` load the production ones themselves.
import { loadEnvFiles } from "./env-files";

loadEnvFiles({ dev: process.env.NODE_ENV !== "production" });
