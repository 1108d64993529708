/** A read-only view of what each assistant may do in this home, from GET /homes/{home}. */

import { maybe, type Translate } from '../../../src/present/i18n.js';
import { commandText } from '../../../src/present/words.js';
import { areaName, typeName, useApp } from '../context.js';
import type { GrantRule, HomeInfo } from '../model.js';
import type { State } from '../state.js';

interface Effective {
  privilege: string | null;
  denied: string[];
}

/** The rules that concern one assistant, in order, up to the first one granting a privilege. */
function effective(t: Translate, state: State, rules: GrantRule[], assistant: string): Effective {
  const denied: string[] = [];
  for (const r of rules) {
    if (r.assistant !== '*' && r.assistant !== assistant) continue;
    if (r.deny) denied.push(...denyText(t, state, r));
    else if (r.privilege) return { privilege: r.privilege, denied };
  }
  return { privilege: null, denied };
}

function denyText(t: Translate, state: State, r: GrantRule): string[] {
  const d = r.deny ?? {};
  return [
    ...(d.deviceTypes ?? []).map((x) => typeName(t, x)),
    ...(d.devices ?? []).map((x) => state.devices[x]?.name ?? x),
    ...(d.areas ?? []).map((x) => areaName(state.home, x)),
  ];
}

const who = (t: Translate, home: HomeInfo, id: string) =>
  id === '*' ? t('grants.everyone') : (home.assistants.find((a) => a.id === id)?.name ?? id);

export function GrantsView() {
  const { t, state } = useApp();
  const home = state.home;
  return (
    <section class="grants" aria-labelledby="grants-title">
      <h2 id="grants-title">{t('grants.title')}</h2>
      <p class="muted">{t('grants.lead')}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('grants.assistant')}</th>
              <th scope="col">{t('grants.provider')}</th>
              <th scope="col">{t('grants.wakeWords')}</th>
              <th scope="col">{t('grants.privilege')}</th>
              <th scope="col">{t('grants.denied')}</th>
            </tr>
          </thead>
          <tbody>
            {home.assistants.map((a) => {
              const e = effective(t, state, home.grants, a.id);
              return (
                <tr key={a.id} data-assistant={a.id}>
                  <th scope="row">{a.name}</th>
                  <td>{a.provider ?? ''}</td>
                  <td>{a.wakeWords.join(', ')}</td>
                  <td>
                    {e.privilege ? maybe(t, `privilege.${e.privilege}`, e.privilege) : t('grants.nothing')}
                  </td>
                  <td>{e.denied.length > 0 ? e.denied.join(', ') : t('grants.none')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>{t('grants.rules')}</h3>
      <ol class="rules">
        {home.grants.map((r, i) => (
          <li key={`${i}-${r.assistant}`}>
            <strong>{who(t, home, r.assistant)}</strong>:{' '}
            {r.deny
              ? `${t('grants.denied')} ${denyText(t, state, r).join(', ')}`
              : maybe(t, `privilege.${r.privilege ?? ''}`, r.privilege ?? '')}
          </li>
        ))}
      </ol>
      {home.security && home.security.rules.length > 0 ? (
        <>
          <h3>{t('grants.security')}</h3>
          <ul class="rules">
            {home.security.rules.map((r) => (
              <li key={`${r.deviceTypes.join()}-${r.commands.join()}`} data-require={r.require}>
                {r.deviceTypes.map((x) => typeName(t, x)).join(', ')} ·{' '}
                <span title={r.commands.join(', ')}>
                  {r.commands.length > 0
                    ? r.commands.map((c) => commandText(t, undefined, c)).join(', ')
                    : t('grants.allCommands')}
                </span>
                : {t(r.require === 'pin' ? 'grants.requirePin' : 'grants.forbidden')}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
