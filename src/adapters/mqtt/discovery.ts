/**
 * Home Assistant MQTT discovery, read side: topic parsing, abbreviation expansion, the `~` topic
 * base, availability normalisation and device-based discovery (`cmps`). Pure functions; no I/O and
 * nothing of the hub.
 */

/** Abbreviations of discovery keys used by the components this adapter understands. */
const ABBREVIATIONS: Record<string, string> = {
  avty: 'availability',
  avty_mode: 'availability_mode',
  avty_t: 'availability_topic',
  avty_tpl: 'availability_template',
  bri_cmd_t: 'brightness_command_topic',
  bri_cmd_tpl: 'brightness_command_template',
  bri_scl: 'brightness_scale',
  bri_stat_t: 'brightness_state_topic',
  bri_val_tpl: 'brightness_value_template',
  clr_temp_cmd_t: 'color_temp_command_topic',
  clr_temp_cmd_tpl: 'color_temp_command_template',
  clr_temp_stat_t: 'color_temp_state_topic',
  clr_temp_val_tpl: 'color_temp_value_template',
  clrm: 'color_mode',
  cmd_t: 'command_topic',
  cmd_tpl: 'command_template',
  curr_temp_t: 'current_temperature_topic',
  curr_temp_tpl: 'current_temperature_template',
  dev: 'device',
  dev_cla: 'device_class',
  ent_cat: 'entity_category',
  json_attr_t: 'json_attributes_topic',
  max_mirs: 'max_mireds',
  min_mirs: 'min_mireds',
  max_kelvin: 'max_kelvin',
  min_kelvin: 'min_kelvin',
  mode_cmd_t: 'mode_command_topic',
  mode_stat_t: 'mode_state_topic',
  mode_stat_tpl: 'mode_state_template',
  o: 'origin',
  obj_id: 'object_id',
  ops: 'options',
  opt: 'optimistic',
  p: 'platform',
  pl_avail: 'payload_available',
  pl_cls: 'payload_close',
  pl_lock: 'payload_lock',
  pl_not_avail: 'payload_not_available',
  pl_off: 'payload_off',
  pl_on: 'payload_on',
  pl_open: 'payload_open',
  pl_stop: 'payload_stop',
  pl_unlk: 'payload_unlock',
  pos_clsd: 'position_closed',
  pos_open: 'position_open',
  pos_t: 'position_topic',
  pos_tpl: 'position_template',
  qos: 'qos',
  ret: 'retain',
  schema: 'schema',
  set_pos_t: 'set_position_topic',
  set_pos_tpl: 'set_position_template',
  stat_cla: 'state_class',
  stat_clsd: 'state_closed',
  stat_closing: 'state_closing',
  stat_off: 'state_off',
  stat_on: 'state_on',
  stat_open: 'state_open',
  stat_opening: 'state_opening',
  stat_stopped: 'state_stopped',
  stat_t: 'state_topic',
  stat_tpl: 'state_template',
  stat_val_tpl: 'state_value_template',
  sup_clrm: 'supported_color_modes',
  t: 'topic',
  temp_cmd_t: 'temperature_command_topic',
  temp_stat_t: 'temperature_state_topic',
  temp_stat_tpl: 'temperature_state_template',
  uniq_id: 'unique_id',
  unit_of_meas: 'unit_of_measurement',
  val_tpl: 'value_template',
};

const DEVICE_ABBREVIATIONS: Record<string, string> = {
  cns: 'connections',
  cu: 'configuration_url',
  ids: 'identifiers',
  mf: 'manufacturer',
  mdl: 'model',
  sw: 'sw_version',
  hw: 'hw_version',
  sa: 'suggested_area',
  via_device: 'via_device',
};

export interface AvailabilitySpec {
  topic: string;
  template?: string;
  payloadAvailable: string;
  payloadNotAvailable: string;
}

export interface DiscoveryDevice {
  identifiers: string[];
  name?: string;
  manufacturer?: string;
  model?: string;
}

/** One entity as announced by discovery, keys expanded and `~` resolved. */
export interface DiscoveryEntity {
  /** The config topic it came from (device-based discovery: topic + `#` + component key). */
  key: string;
  component: string;
  nodeId?: string;
  objectId: string;
  uniqueId?: string;
  device?: DiscoveryDevice;
  availability: AvailabilitySpec[];
  availabilityMode: 'all' | 'any' | 'latest';
  /** The full expanded config (long key names). */
  config: Record<string, unknown>;
}

export interface DiscoveryTopic {
  component: string;
  nodeId?: string;
  objectId: string;
}

/** `<prefix>/<component>/[<node_id>/]<object_id>/config` → its parts; undefined for other topics. */
export function parseDiscoveryTopic(prefix: string, topic: string): DiscoveryTopic | undefined {
  if (!topic.startsWith(`${prefix}/`) || !topic.endsWith('/config')) return undefined;
  const parts = topic.slice(prefix.length + 1, -'/config'.length).split('/');
  if (parts.length === 2) return { component: parts[0] ?? '', objectId: parts[1] ?? '' };
  if (parts.length === 3) return { component: parts[0] ?? '', nodeId: parts[1], objectId: parts[2] ?? '' };
  return undefined;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function expandKeys(obj: Json, table: Record<string, string>): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) out[table[k] ?? k] = v;
  return out;
}

/** HA's `~` rule: a topic value starting or ending with `~` gets the base in its place. */
function resolveBase(value: unknown, base: string | undefined): unknown {
  if (base === undefined || typeof value !== 'string') return value;
  if (value.startsWith('~')) return base + value.slice(1);
  if (value.endsWith('~')) return value.slice(0, -1) + base;
  return value;
}

function expandEntityConfig(raw: Json): Json {
  const cfg = expandKeys(raw, ABBREVIATIONS);
  const base = str(cfg['~']);
  for (const [k, v] of Object.entries(cfg)) if (k.endsWith('topic')) cfg[k] = resolveBase(v, base);
  if (Array.isArray(cfg.availability)) {
    cfg.availability = cfg.availability.filter(isObject).map((a) => {
      const e = expandKeys(a, ABBREVIATIONS);
      e.topic = resolveBase(e.topic, base);
      return e;
    });
  }
  if (isObject(cfg.device)) cfg.device = expandKeys(cfg.device, DEVICE_ABBREVIATIONS);
  return cfg;
}

function availabilityOf(cfg: Json): AvailabilitySpec[] {
  const defaults = {
    payloadAvailable: str(cfg.payload_available) ?? 'online',
    payloadNotAvailable: str(cfg.payload_not_available) ?? 'offline',
  };
  const list: AvailabilitySpec[] = [];
  const topic = str(cfg.availability_topic);
  if (topic) list.push({ topic, template: str(cfg.availability_template), ...defaults });
  if (Array.isArray(cfg.availability)) {
    for (const a of cfg.availability.filter(isObject)) {
      const t = str(a.topic);
      if (!t) continue;
      list.push({
        topic: t,
        template: str(a.value_template),
        payloadAvailable: str(a.payload_available) ?? 'online',
        payloadNotAvailable: str(a.payload_not_available) ?? 'offline',
      });
    }
  }
  return list;
}

function deviceOf(cfg: Json): DiscoveryDevice | undefined {
  if (!isObject(cfg.device)) return undefined;
  const d = cfg.device;
  const ids = Array.isArray(d.identifiers)
    ? d.identifiers.filter((i): i is string => typeof i === 'string')
    : typeof d.identifiers === 'string'
      ? [d.identifiers]
      : [];
  return { identifiers: ids, name: str(d.name), manufacturer: str(d.manufacturer), model: str(d.model) };
}

function toEntity(key: string, component: string, t: DiscoveryTopic, cfg: Json): DiscoveryEntity {
  const mode = str(cfg.availability_mode);
  return {
    key,
    component,
    nodeId: t.nodeId,
    objectId: str(cfg.object_id) ?? t.objectId,
    uniqueId: str(cfg.unique_id),
    device: deviceOf(cfg),
    availability: availabilityOf(cfg),
    availabilityMode: mode === 'all' || mode === 'any' ? mode : 'latest',
    config: cfg,
  };
}

/**
 * Parses one discovery message. An empty payload (removal) or an unreadable one yields [].
 * Device-based discovery (`<prefix>/device/<id>/config` with `cmps`) yields one entity per component,
 * each inheriting the shared keys (device, origin, availability, `~`, state and command topics).
 */
export function parseDiscovery(prefix: string, topic: string, payload: string): DiscoveryEntity[] {
  const t = parseDiscoveryTopic(prefix, topic);
  if (!t || payload.trim() === '') return [];
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return [];
  }
  if (!isObject(raw)) return [];
  const components = raw.cmps ?? raw.components;
  if (t.component === 'device' && isObject(components)) {
    const { cmps: _c, components: _k, ...shared } = raw;
    const out: DiscoveryEntity[] = [];
    for (const [id, comp] of Object.entries(components)) {
      if (!isObject(comp)) continue;
      const cfg = expandEntityConfig({ ...shared, ...comp });
      const platform = str(cfg.platform);
      if (!platform) continue;
      out.push(toEntity(`${topic}#${id}`, platform, { ...t, objectId: id }, cfg));
    }
    return out;
  }
  return [toEntity(topic, t.component, t, expandEntityConfig(raw))];
}

const IEEE = /0x[0-9a-fA-F]{16}/;

/**
 * The stable id of the physical device an entity belongs to: a Zigbee IEEE address found in the
 * device identifiers or the node id (zigbee2mqtt's `zigbee2mqtt_0x…`), else the first identifier,
 * else the node id, else the unique id. Never the display name.
 */
export function externalIdOf(e: DiscoveryEntity): string {
  for (const id of [...(e.device?.identifiers ?? []), e.nodeId ?? '']) {
    const m = IEEE.exec(id);
    if (m) return m[0].toLowerCase();
  }
  return e.device?.identifiers[0] ?? e.nodeId ?? e.uniqueId ?? e.key;
}
