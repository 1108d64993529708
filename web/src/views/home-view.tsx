/** Every device of the home, grouped by area in the home file's order. */
import { useApp } from '../context.js';
import { groupByArea } from '../state.js';
import { DeviceCard } from './device-card.js';

export function HomeView() {
  const { t, state, api } = useApp();
  const devices = state.order.map((id) => state.devices[id]).filter((d) => d !== undefined);
  const groups = groupByArea(state.home, devices);
  return (
    <section class="home-view" aria-labelledby="home-title">
      <div class="view-head">
        <h2 id="home-title">{t('home.title')}</h2>
        <p class="muted">{t('home.count', { count: devices.length })}</p>
      </div>
      {api.full ? null : <p class="guest-lead muted">{t('guest.lead')}</p>}
      {groups.length === 0 ? <p class="muted">{t('home.empty')}</p> : null}
      {groups.map((g) => (
        <section
          key={g.area ?? '-'}
          class="area"
          aria-labelledby={`area-${g.area ?? 'none'}`}
          data-area={g.area ?? ''}
        >
          {/* A guest knows no areas of the home: its devices are one list. */}
          <h3
            class={api.full ? 'area-title' : 'area-title sr-only'}
            id={`area-${g.area ?? 'none'}`}
            dir="auto"
          >
            {api.full ? (g.name ?? t('area.none')) : t('guest.title')}
          </h3>
          <div class="cards">
            {g.devices.map((d) => (
              <DeviceCard key={d.id} device={d} />
            ))}
          </div>
        </section>
      ))}
    </section>
  );
}
