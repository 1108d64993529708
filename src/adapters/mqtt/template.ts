/**
 * The small part of Home Assistant's Jinja value templates that MQTT discovery payloads use in
 * practice: `{{ value }}`, `{{ value_json.a.b }}`, `{{ value_json['a'] }}`, optionally followed by
 * simple filters (`| float`, `| int`, `| lower`, `| upper`). Anything else is "unsupported" and
 * yields undefined, so the caller falls back to the raw payload or ignores the entity.
 */

const EXPRESSION =
  /^\{\{\s*(value_json|value)((?:\.[A-Za-z_][A-Za-z0-9_]*|\[\s*(?:'[^']*'|"[^"]*"|\d+)\s*\])*)\s*((?:\|\s*[a-z_]+(?:\([^)]*\))?\s*)*)\}\}$/;
const SEGMENT = /\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\]/g;

export type Template = (payload: string) => unknown;

/** Compiles a value template; undefined when it uses more than this subset. */
export function compileTemplate(template: string | undefined): Template | undefined {
  if (template === undefined) return (payload) => payload;
  const m = EXPRESSION.exec(template.trim());
  if (!m) return undefined;
  const [, root, path = '', filters = ''] = m;
  const keys: string[] = [];
  for (const s of path.matchAll(SEGMENT)) keys.push(s[1] ?? s[2] ?? s[3] ?? s[4] ?? '');
  const filterNames = filters
    .split('|')
    .map((f) => f.trim().replace(/\(.*\)$/, ''))
    .filter(Boolean);
  return (payload) => {
    let value: unknown = payload;
    if (root === 'value_json') {
      try {
        value = JSON.parse(payload);
      } catch {
        return undefined;
      }
    }
    for (const key of keys) {
      if (value === null || typeof value !== 'object') return undefined;
      value = (value as Record<string, unknown>)[key];
    }
    for (const f of filterNames) value = applyFilter(f, value);
    return value;
  };
}

function applyFilter(name: string, value: unknown): unknown {
  switch (name) {
    case 'float':
    case 'int': {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) return undefined;
      return name === 'int' ? Math.trunc(n) : n;
    }
    case 'lower':
      return typeof value === 'string' ? value.toLowerCase() : value;
    case 'upper':
      return typeof value === 'string' ? value.toUpperCase() : value;
    default:
      return value;
  }
}

/** Renders a command template such as `{ "position": {{ position }} }` with the given variables. */
export function renderCommand(template: string | undefined, vars: Record<string, string | number>): string {
  if (template === undefined) return String(vars.value ?? Object.values(vars)[0] ?? '');
  return template.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
