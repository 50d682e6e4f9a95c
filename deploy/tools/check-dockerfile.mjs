// Dockerfile syntax and instruction check without a Docker engine: dockerfile-utils, the validator
// behind the VS Code Dockerfile language support (unknown instructions, missing or malformed
// arguments, bad flags, JSON-form mistakes, ...). Every diagnostic, warning or error, fails.
//
//   npm ci && node check-dockerfile.mjs Dockerfile...
import fs from "node:fs";
import { createRequire } from "node:module";

const { validate } = createRequire(import.meta.url)("dockerfile-utils");
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node check-dockerfile.mjs Dockerfile...");
  process.exit(2);
}
let problems = 0;
for (const file of files) {
  for (const d of validate(fs.readFileSync(file, "utf8"), {})) {
    problems++;
    console.log(`FAIL ${file}:${d.range.start.line + 1}: ${d.message}`);
  }
}
console.log(`${files.length} Dockerfile(s) checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
