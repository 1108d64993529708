/**
 * A spoken measured-quantity trigger ("이산화탄소가 1000ppm 넘으면") as a routine's attribute
 * trigger on the sensor (`above`/`below`, crossing semantics), with the words said back.
 */
import type { MeasureWhen } from '../nlu/ko/routine-measures.js';
import { withJosa } from '../nlu/ko/text.js';
import type { HomeView } from '../nlu/types.js';
import { fill, MEASURE_WORDS as W } from './messages.js';
import type { AttributeTrigger } from './types.js';

/** The trigger and its words, or (no sensor to be sure of) what to ask. */
export function measureTrigger(
  w: MeasureWhen,
  view: HomeView,
  satelliteArea: string | null,
): { trigger: AttributeTrigger; whenText: string; announceText: string } | string {
  const sensors = view.devices.filter((d) => d.endpoints.some((e) => w.cluster in e.clusters));
  const pick = (area: string | null) => {
    const here = sensors.filter((d) => d.area === area);
    return here.length === 1 ? here[0] : undefined;
  };
  const device =
    (w.device ? sensors.find((d) => d.id === w.device) : undefined) ??
    (w.area ? pick(w.area) : (pick(satelliteArea) ?? (sensors.length === 1 ? sensors[0] : undefined)));
  if (!device) return fill(W.whichSensor, { name: w.name });
  const endpoint = device.endpoints.find((e) => w.cluster in e.clusters)?.id;
  const trigger: AttributeTrigger = {
    type: 'attribute',
    device: device.id,
    ...(endpoint ? { endpoint } : {}),
    cluster: w.cluster,
    attribute: w.attribute,
    [w.direction]: w.threshold,
  };
  const place = view.areas.find((a) => a.id === device.area)?.name ?? device.name;
  const values = {
    place,
    name: w.name,
    subject: withJosa(w.name, '이/가'),
    value: w.spoken,
    unit: w.unit,
  };
  return {
    trigger,
    whenText: fill(W[w.direction], values),
    announceText: fill(w.direction === 'above' ? W.announceAbove : W.announceBelow, values),
  };
}
