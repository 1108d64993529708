// Writes the hub's Matter data model from the specification's own data model as the matter.js
// project publishes it (@matter/model, Apache-2.0): every cluster's attributes, commands, fields,
// data types, constraints, conformance and access, the device types, and the named enums.
//   node scripts/gen-spec.mjs           write src/model/spec/*.gen.ts
//   node scripts/gen-spec.mjs --check   exit 1 if the committed files are not what @matter/model says
// Importing @matter/model takes seconds, so the hub never does: it reads the compact output,
// parsing a cluster the first time it is used.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Matter } from '@matter/model';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src', 'model', 'spec');
const pkg = JSON.parse(readFileSync(join(root, 'node_modules', '@matter', 'model', 'package.json'), 'utf8'));

/** Primitive types the hub tells apart; anything else is a named type (enum, bitmap, struct, alias). */
const PRIMITIVES = new Set([
  'bool',
  'single',
  'double',
  'string',
  'octstr',
  'list',
  'struct',
  'any',
  ...['8', '16', '24', '32', '40', '48', '56', '64'].flatMap((b) => [`uint${b}`, `int${b}`]),
  'enum8',
  'enum16',
  'map8',
  'map16',
  'map32',
  'map64',
]);

const primitiveOf = (m) => {
  for (let t = m; t; t = t.base) if (PRIMITIVES.has(t.name)) return t.name;
  return m.metabase?.name;
};

/** A constraint AST in plain JSON; references name the attribute or field as the spec writes it. */
function expr(e) {
  if (e === undefined || e === null) return undefined;
  if (typeof e === 'number' || typeof e === 'boolean' || typeof e === 'string') return e;
  if (Array.isArray(e)) return e.map(expr);
  if (e.type === 'reference') return { ref: e.name };
  if (e.type === 'maxOf' || e.type === 'minOf') return { fn: e.type, args: e.args.map(expr) };
  if (['+', '-', '*', '/'].includes(e.type)) return { op: e.type, a: expr(e.lhs), b: expr(e.rhs) };
  return undefined; // anything else is prose: not checked
}

function constraint(c) {
  if (!c || c.desc) return undefined;
  const o = {};
  if (c.value !== undefined) o.value = expr(c.value);
  if (c.min !== undefined) o.min = expr(c.min);
  if (c.max !== undefined) o.max = expr(c.max);
  if (c.in !== undefined) o.in = expr(c.in);
  if (c.entry) o.entry = constraint(c.entry);
  if (c.parts) o.parts = c.parts.map(constraint).filter(Boolean);
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return Object.keys(o).length ? o : undefined;
}

const jsonable = (v) => v === null || ['number', 'string', 'boolean'].includes(typeof v);
const disallowed = (m) => m.effectiveConformance.toString() === 'X';

/** Whether a type name is a data type of the value's cluster (or its base) or a global one. */
function resolvable(m, t) {
  let c = m.parent;
  while (c && c.tag !== 'cluster') c = c.parent;
  if (c && datatypesOf(c).some((d) => d.name === t)) return true;
  return [...Matter.datatypes].some((d) => d.name === t);
}

/** One value: an attribute, a command field, a struct field or a list entry. */
function value(m) {
  const t = m.effectiveType;
  const o = { id: m.id, type: primitiveOf(m) ?? 'any' };
  if (t && !PRIMITIVES.has(t) && resolvable(m, t)) o.ref = t;
  const conf = m.effectiveConformance.toString();
  if (conf && conf !== 'M') o.conf = conf;
  if (m.mandatory) o.mandatory = true;
  if (m.effectiveQuality.nullable) o.nullable = true;
  const c = constraint(m.effectiveConstraint);
  if (c) o.constraint = c;
  if (jsonable(m.default)) o.default = m.default;
  if (o.type === 'list' && m.listEntry) o.entry = value(m.listEntry);
  return o;
}

function attribute(a) {
  const o = value(a);
  const acc = a.effectiveAccess;
  if (acc.writable) o.writable = true;
  if (acc.fabricScoped) o.fabricScoped = true;
  if (acc.fabricSensitive) o.fabricSensitive = true;
  if (acc.writable && acc.writePriv) o.writePrivilege = acc.writePriv;
  if (acc.timed) o.timed = true;
  if (a.effectiveQuality.fixed) o.fixed = true;
  return o;
}

function datatype(d) {
  const base = primitiveOf(d);
  const kind = base?.startsWith('enum') ? 'enum' : base?.startsWith('map') ? 'bitmap' : base;
  const o = { kind, base };
  const members = [...d.members].filter((m) => !disallowed(m));
  if (kind === 'enum') o.values = Object.fromEntries(members.map((m) => [m.name, m.id]));
  else if (kind === 'bitmap') {
    o.bits = Object.fromEntries(
      members.map((m) => {
        const c = m.constraint;
        const lo = typeof c.value === 'number' ? c.value : c.min;
        const hi = typeof c.value === 'number' ? c.value : c.max;
        return [m.name, [lo, hi]];
      }),
    );
  } else if (kind === 'struct') {
    o.fields = Object.fromEntries(members.map((m) => [m.name, value(m)]));
    if (d.effectiveAccess?.fabricScoped) o.fabricScoped = true;
  } else {
    const c = constraint(d.effectiveConstraint);
    if (c) o.constraint = c;
  }
  return o;
}

function command(c) {
  const o = { id: c.id };
  const conf = c.effectiveConformance.toString();
  if (conf && conf !== 'M') o.conf = conf;
  const acc = c.effectiveAccess;
  if (acc.writePriv) o.privilege = acc.writePriv;
  if (acc.timed) o.timed = true;
  if (acc.fabricScoped) o.fabricScoped = true;
  if (c.response && c.response !== 'status') o.response = c.response;
  o.fields = Object.fromEntries([...c.members].filter((f) => !disallowed(f)).map((f) => [f.name, value(f)]));
  return o;
}

/** The cluster's own data types and those of the base it derives from (ModeBase, AlarmBase…). */
function datatypesOf(c) {
  const own = [...c.datatypes];
  const names = new Set(own.map((d) => d.name));
  const inherited = c.base?.tag === 'cluster' ? datatypesOf(c.base).filter((d) => !names.has(d.name)) : [];
  return [...own, ...inherited];
}

function cluster(c) {
  const o = { id: c.id, revision: c.revision };
  if (c.base?.tag === 'cluster') o.base = c.base.name;
  o.features = Object.fromEntries(c.features.map((f) => [f.name, f.constraint.value]));
  const attrs = [...c.attributes].filter((a) => !disallowed(a) && a.effectiveType);
  o.attributes = Object.fromEntries(attrs.map((a) => [a.name, attribute(a)]));
  const cmds = [...c.commands].filter((m) => !disallowed(m));
  o.commands = Object.fromEntries(cmds.filter((m) => m.isRequest).map((m) => [m.name, command(m)]));
  o.responses = Object.fromEntries(cmds.filter((m) => !m.isRequest).map((m) => [m.name, command(m)]));
  o.types = Object.fromEntries(datatypesOf(c).map((d) => [d.name, datatype(d)]));
  return o;
}

function deviceType(d) {
  const o = { id: d.id, revision: d.revision, classification: d.classification };
  const reqs = (element) =>
    Object.fromEntries(
      [...d.requirements]
        .filter((r) => r.element === element)
        .map((r) => [r.name, r.conformance?.toString() || 'M']),
    );
  o.server = reqs('serverCluster');
  o.client = reqs('clientCluster');
  return o;
}

const clusters = [...Matter.clusters].filter((c) => c.id !== undefined).sort((a, b) => a.id - b.id);
const globals = Object.fromEntries(
  [...Matter.datatypes].filter((d) => !PRIMITIVES.has(d.name)).map((d) => [d.name, datatype(d)]),
);
const deviceTypes = Object.fromEntries([...Matter.deviceTypes].map((d) => [d.name, deviceType(d)]));

const header = (what) =>
  [
    `// ${what}`,
    `// GENERATED by scripts/gen-spec.mjs from ${pkg.name} ${pkg.version} (${pkg.license}); do not edit:`,
    '//   node scripts/gen-spec.mjs   (test/model/spec-generated.test.ts checks it is current)',
    '',
  ].join('\n');

const q = (s) => JSON.stringify(s);
const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : q(k));

const dataTs = [
  header('The Matter data model as compact JSON, one string per cluster (parsed on first use).'),
  `export const MODEL_SOURCE = ${q(`${pkg.name}@${pkg.version}`)};`,
  '',
  '/** Cluster name → its JSON (see types.ts for the shape). */',
  'export const CLUSTER_JSON: Record<string, string> = {',
  ...clusters.map((c) => `  ${key(c.name)}: ${q(JSON.stringify(cluster(c)))},`),
  '};',
  '',
  '/** Data types every cluster may use (global enums, structs and aliases such as percent). */',
  `export const GLOBAL_TYPES_JSON = ${q(JSON.stringify(globals))};`,
  '',
  '/** Device type name → id, revision and required server/client clusters with their conformance. */',
  `export const DEVICE_TYPES_JSON = ${q(JSON.stringify(deviceTypes))};`,
  '',
].join('\n');

/** Named enums and bitmaps as TypeScript constants (the dashboard imports these too). */
function enumsOf(types) {
  const lines = [];
  for (const [name, t] of Object.entries(types)) {
    if (t.kind === 'enum') {
      lines.push(`  ${key(name)}: {`);
      for (const [k, v] of Object.entries(t.values)) lines.push(`    ${key(k)}: ${v},`);
      lines.push('  },');
    } else if (t.kind === 'bitmap') {
      lines.push(`  ${key(name)}: {`);
      for (const [k, [lo, hi]] of Object.entries(t.bits)) {
        const mask = lo === undefined ? 0 : ((2 ** (hi - lo + 1) - 1) * 2 ** lo) >>> 0;
        lines.push(`    ${key(k)}: ${mask},`);
      }
      lines.push('  },');
    }
  }
  return lines;
}

const enumsTs = [header('Named enums (value numbers) and bitmaps (bit masks) of every Matter cluster.')];
for (const c of clusters) {
  const lines = enumsOf(cluster(c).types);
  if (!lines.length) continue;
  enumsTs.push(`export const ${c.name} = {`, ...lines, '} as const;', '');
}
const globalLines = enumsOf(globals);
enumsTs.push('/** Enums and bitmaps defined for all clusters. */', 'export const Global = {');
enumsTs.push(...globalLines, '} as const;', '');

/** Formats like the rest of the repository (Biome), so the check compares like with like. */
const format = (file, text) =>
  execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['format', `--stdin-file-path=${file}`], {
    input: text,
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  }).toString();

const files = {
  [join(out, 'data.gen.ts')]: format('src/model/spec/data.gen.ts', dataTs),
  [join(out, 'enums.gen.ts')]: format('src/model/spec/enums.gen.ts', enumsTs.join('\n')),
};

if (process.argv.includes('--check')) {
  const stale = Object.entries(files).filter(([f, text]) => {
    try {
      return readFileSync(f, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  for (const [f] of stale) console.error(`${f} is not what ${pkg.name} ${pkg.version} says`);
  process.exit(stale.length ? 1 : 0);
}
for (const [f, text] of Object.entries(files)) writeFileSync(f, text);
console.log(`wrote ${Object.keys(files).length} files from ${pkg.name} ${pkg.version}`);
