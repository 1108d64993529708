/**
 * Reading Matter conformance (spec §7.3) against the features an endpoint is known to have.
 * Only feature expressions (`LT`, `CL | LI`, `RP & EG`, `!DF`) decide anything; optional,
 * provisional, deprecated or otherwise qualified conformance (`O`, `[LT]`, `P`, `Rev >= v7, O`)
 * answers "not required".
 */

/** Whether a feature expression holds; undefined when it is not a plain feature expression. */
function evaluate(expr: string, has: (feature: string) => boolean | undefined): boolean | undefined {
  const tokens = expr.match(/[A-Za-z_][A-Za-z0-9_]*|[|&!()]/g);
  if (!tokens || tokens.join('') !== expr.replace(/\s+/g, '')) return undefined;
  let i = 0;
  const primary = (): boolean | undefined => {
    const t = tokens[i++];
    if (t === '!') {
      const v = primary();
      return v === undefined ? undefined : !v;
    }
    if (t === '(') {
      const v = or();
      return tokens[i++] === ')' ? v : undefined;
    }
    if (!t || !/^[A-Z][A-Z0-9_]*$/.test(t) || t === 'M' || t === 'O' || t === 'P' || t === 'D' || t === 'X')
      return undefined;
    return has(t);
  };
  const and = (): boolean | undefined => {
    let v = primary();
    while (tokens[i] === '&') {
      i++;
      const w = primary();
      v = v === false || w === false ? false : v === undefined || w === undefined ? undefined : true;
    }
    return v;
  };
  const or = (): boolean | undefined => {
    let v = and();
    while (tokens[i] === '|') {
      i++;
      const w = and();
      v = v === true || w === true ? true : v === undefined || w === undefined ? undefined : false;
    }
    return v;
  };
  const v = or();
  return i === tokens.length ? v : undefined;
}

/** Features as far as they are known: true present, false absent, undefined unknown. */
export type Features = (code: string) => boolean | undefined;

/** Whether an element with this conformance is required (absent conformance means mandatory). */
export const required = (conf: string | undefined, features: Features): boolean =>
  conf === undefined || conf === 'M' || evaluate(conf, features) === true;

/** Whether an element with this conformance is certainly not part of the cluster on this endpoint. */
export const excluded = (conf: string | undefined, features: Features): boolean =>
  conf === 'X' || (conf !== undefined && evaluate(conf, features) === false);
