/**
 * Text from people and vendors (names, utterances, replies) set apart from the page's own text:
 * each piece is a bidi isolate, so a direction override inside it (U+202E) cannot reorder what
 * is around it.
 */
import { Fragment } from 'preact';

/** Pieces of text, each isolated, joined by `sep`. */
export function Joined({ items, sep = ' · ' }: { items: string[]; sep?: string }) {
  return (
    <>
      {items.map((x, i) => (
        <Fragment key={i}>
          {i > 0 ? sep : ''}
          <bdi>{x}</bdi>
        </Fragment>
      ))}
    </>
  );
}

/**
 * A message whose `{placeholders}` are filled with isolated text: `template` is the catalog's
 * message as `t(key)` gives it without values. `code`: the values are commands, shown as code.
 */
export function Filled({
  template,
  vars,
  code = false,
}: {
  template: string;
  vars: Record<string, string>;
  code?: boolean;
}) {
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((p, i) =>
        i % 2 === 1 && p in vars ? code ? <code key={i}>{vars[p]}</code> : <bdi key={i}>{vars[p]}</bdi> : p,
      )}
    </>
  );
}
