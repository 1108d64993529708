/**
 * The home's Matter bridge for its owner (GET /homes/{home}/matter): the QR code and the manual
 * pairing code a controller (SmartThings, Google Home, Apple Home, Home Assistant…) scans or types,
 * and the fabrics that commissioned it, each removable (DELETE …/matter/fabrics/{index}). The QR
 * image is drawn as SVG squares from the `MT:` payload (uqr encodes it; no markup is injected).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { encode } from 'uqr';
import { ApiError, request } from '../api.js';
import { errorText, useApp } from '../context.js';
import { Filled } from './bidi.js';

interface Fabric {
  fabricIndex: number;
  label: string;
  vendorId: number;
}
interface Bridge {
  port: number;
  manualPairingCode: string;
  qrPairingCode: string;
  commissioned: boolean;
  fabrics: Fabric[];
}

/** Fabrics come and go while the panel is open (a controller commissions): it reads again this often. */
const REFRESH_MS = 3000;

/** The 11-digit manual code as controllers show it: 1234-567-8901. */
const grouped = (code: string) =>
  /^\d{11}$/.test(code) ? `${code.slice(0, 4)}-${code.slice(4, 7)}-${code.slice(7)}` : code;

function QrImage(p: { text: string; label: string }) {
  const qr = encode(p.text, { ecc: 'M', border: 2 });
  const cells: Array<[number, number]> = [];
  qr.data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) cells.push([x, y]);
    });
  });
  return (
    <svg
      class="matter-qr"
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      width={qr.size * 6}
      height={qr.size * 6}
      role="img"
      aria-label={p.label}
      shape-rendering="crispEdges"
      data-size={qr.size}
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      {cells.map(([x, y]) => (
        <rect key={`${x}-${y}`} x={x} y={y} width={1} height={1} fill="#000" />
      ))}
    </svg>
  );
}

export function MatterView() {
  const { t, api, state } = useApp();
  const base = `/api/v1/homes/${encodeURIComponent(api.home)}/matter`;
  const [bridge, setBridge] = useState<Bridge | null>(null);
  const [off, setOff] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState<number | null>(null);

  const load = useCallback(
    () =>
      request<{ bridge: Bridge }>(api.token, 'GET', base).then(
        (r) => {
          setBridge(r.bridge);
          setOff(false);
        },
        (e) => {
          if (e instanceof ApiError && e.status === 404) setOff(true);
          else setError(errorText(t, e));
        },
      ),
    [api, base, t],
  );
  // The home says whether this hub runs its bridge: without one, nothing is asked (no 404).
  const running = state.home.matter !== false;
  useEffect(() => {
    if (!running) return;
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load, running]);

  const remove = async (index: number) => {
    setError(null);
    setAsking(null);
    try {
      const r = await request<{ bridge: Bridge }>(api.token, 'DELETE', `${base}/fabrics/${index}`);
      setBridge(r.bridge);
    } catch (e) {
      setError(errorText(t, e));
      void load();
    }
  };

  return (
    <section class="matter" aria-labelledby="matter-title">
      <h2 id="matter-title">{t('matter.title')}</h2>
      <p class="muted">{t('matter.lead')}</p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {off || !running ? (
        <p class="matter-off">
          <Filled template={t('matter.off')} vars={{ command: 'yeondong serve --matter 5540' }} code />
        </p>
      ) : !bridge ? (
        <p aria-live="polite">{t('app.loading')}</p>
      ) : (
        <>
          <div class="matter-pairing">
            <QrImage text={bridge.qrPairingCode} label={t('matter.qr')} />
            <dl>
              <dt>{t('matter.manualCode')}</dt>
              <dd class="matter-manual">
                <code>{grouped(bridge.manualPairingCode)}</code>
              </dd>
              <dt>{t('matter.qrCode')}</dt>
              <dd>
                <code class="matter-payload">{bridge.qrPairingCode}</code>
              </dd>
              <dt>{t('matter.port')}</dt>
              <dd>UDP {bridge.port}</dd>
              <dt>{t('matter.status')}</dt>
              <dd class="matter-status">
                {t(bridge.commissioned ? 'matter.commissioned' : 'matter.waiting')}
              </dd>
            </dl>
          </div>
          <h3>{t('matter.fabrics')}</h3>
          {bridge.fabrics.length === 0 ? (
            <p class="muted matter-nofabrics">{t('matter.noFabrics')}</p>
          ) : (
            <div class="table-wrap">
              <table class="matter-fabrics">
                <thead>
                  <tr>
                    <th scope="col">{t('matter.fabricIndex')}</th>
                    <th scope="col">{t('matter.fabricLabel')}</th>
                    <th scope="col">{t('matter.vendorId')}</th>
                    <th scope="col">
                      <span class="sr-only">{t('matter.remove')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {bridge.fabrics.map((f) => (
                    <tr key={f.fabricIndex} data-fabric={f.fabricIndex}>
                      <td>{f.fabricIndex}</td>
                      <th scope="row">
                        <bdi>{f.label}</bdi>
                      </th>
                      <td>
                        <code>0x{f.vendorId.toString(16).toUpperCase().padStart(4, '0')}</code>
                      </td>
                      <td>
                        {asking === f.fabricIndex ? (
                          <span class="confirm">
                            {t('matter.removeConfirm')}{' '}
                            <button type="button" class="danger" onClick={() => void remove(f.fabricIndex)}>
                              {t('matter.removeYes')}
                            </button>{' '}
                            <button type="button" class="ghost" onClick={() => setAsking(null)}>
                              {t('matter.removeNo')}
                            </button>
                          </span>
                        ) : (
                          <button type="button" class="ghost" onClick={() => setAsking(f.fabricIndex)}>
                            {t('matter.remove')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
