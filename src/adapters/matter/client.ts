/**
 * The hub's own Matter controller (one fabric per home), over matter.js's CommissioningController:
 * commissioning over IP, the paired nodes' structure and cached attributes (kept live by matter.js's
 * subscription), their reachability, and commands. Imports nothing of the hub; names and values are
 * matter.js's (ids, camelCase, its value shapes).
 */
import type { PairedNode } from '@project-chip/matter.js/device';

export interface ControllerOptions {
  /** matter.js's storage root (DATA/matter); the fabric lives in `<root>/<id>`. */
  storagePath: string;
  /** The storage id of this controller, e.g. `demo.controller`. */
  id: string;
  /** The fabric label devices show for this controller. */
  label: string;
  /** Longest wait for commissioning, ms. */
  commissionTimeoutMs: number;
  /** Subscription keep-alive ceiling, s (how soon a silent device is found offline). */
  maxIntervalSeconds: number;
}

/** One attribute as the device reports it. */
export interface RawAttribute {
  id: number;
  value: unknown;
}
export interface RawCluster {
  id: number;
  attributes: RawAttribute[];
}
export interface RawEndpoint {
  number: number;
  deviceTypes: number[];
  clusters: RawCluster[];
}

export interface NodeHandlers {
  attribute(endpoint: number, cluster: number, attribute: number, value: unknown): void;
  reachable(online: boolean): void;
  structure(): void;
}

/** What the commissioning answered when it failed: `code-rejected`, `not-found` or `failed`. */
export class CommissioningError extends Error {
  constructor(
    readonly reason: 'code-rejected' | 'not-found' | 'failed',
    message: string,
  ) {
    super(message);
  }
}

let prepared: Promise<void> | undefined;

/**
 * matter.js reads its process configuration once, before its other modules load (as the bridge
 * face's env.ts does): no argv, no MATTER_* variables, no config file, no signal traps.
 */
export function prepareMatter(): Promise<void> {
  prepared ??= (async () => {
    const { config } = await import('@matter/nodejs/config');
    try {
      if (!config.isInitialized) {
        config.loadProcessArgv = false;
        config.loadProcessEnv = false;
        config.loadConfigFile = false;
        config.trapProcessSignals = false;
        config.setProcessExitCodeOnError = false;
        config.trapUnhandledErrors = false;
      }
    } catch {
      // the bridge face configured it already
    }
  })();
  return prepared;
}

/** Pairing code → passcode and discriminator; throws a plain Error on a malformed code. */
export async function decodePairingCode(
  code: string,
): Promise<{ passcode: number; shortDiscriminator?: number; longDiscriminator?: number }> {
  await prepareMatter();
  const { ManualPairingCodeCodec, QrPairingCodeCodec } = await import('@matter/main/types');
  const text = code.trim();
  if (/^MT:/.test(text)) {
    const qr = QrPairingCodeCodec.decode(text)[0];
    if (!qr) throw new Error('the QR code holds no device');
    return { passcode: qr.passcode, longDiscriminator: qr.discriminator };
  }
  const digits = text.replace(/[\s-]/g, '');
  if (!/^(\d{11}|\d{21})$/.test(digits)) throw new Error('a manual pairing code has 11 or 21 digits');
  const m = ManualPairingCodeCodec.decode(digits);
  return { passcode: m.passcode, shortDiscriminator: m.shortDiscriminator };
}

const errorText = (err: unknown): string => {
  const e = err as { errors?: unknown[]; cause?: unknown };
  const text = e.errors ? `${String(err)}: ${e.errors.map(errorText).join('; ')}` : String(err);
  return e.cause ? `${text} (${errorText(e.cause)})` : text;
};

type Controller = import('@project-chip/matter.js').CommissioningController;

export class MatterController {
  readonly #opts: ControllerOptions;
  #controller: Controller | null = null;
  readonly #nodes = new Map<string, PairedNode>();
  readonly #handlers = new Map<string, NodeHandlers>();

  constructor(opts: ControllerOptions) {
    this.#opts = opts;
  }

  async start(): Promise<void> {
    await prepareMatter();
    const { Environment } = await import('@matter/main');
    const { VendorId } = await import('@matter/main/types');
    const { CommissioningController } = await import('@project-chip/matter.js');
    const env = Environment.default;
    env.vars.set('storage.path', this.#opts.storagePath);
    const controller = new CommissioningController({
      environment: { environment: env, id: this.#opts.id },
      autoConnect: false,
      adminFabricLabel: this.#opts.label.slice(0, 32),
      adminVendorId: VendorId(0xfff1),
    });
    await controller.start();
    this.#controller = controller;
  }

  async stop(): Promise<void> {
    const c = this.#controller;
    this.#controller = null;
    this.#nodes.clear();
    this.#handlers.clear();
    await c?.close();
  }

  #c(): Controller {
    if (!this.#controller) throw new Error('the Matter controller is not running');
    return this.#controller;
  }

  /** The nodes this fabric holds (as decimal strings). */
  nodes(): string[] {
    return this.#c()
      .getCommissionedNodes()
      .map((n) => String(n));
  }

  /** Commissions a device onto this fabric; resolves with its node id. */
  async commission(code: string, address?: { ip: string; port: number }): Promise<string> {
    const pc = await decodePairingCode(code);
    const { GeneralCommissioning } = await import('@matter/main/clusters');
    const identifierData =
      pc.longDiscriminator !== undefined
        ? { longDiscriminator: pc.longDiscriminator }
        : { shortDiscriminator: pc.shortDiscriminator as number };
    const timeoutS = Math.max(5, Math.round(this.#opts.commissionTimeoutMs / 1000));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, rej) => {
      timer = setTimeout(
        () => rej(new CommissioningError('not-found', `no device answered within ${timeoutS} s`)),
        this.#opts.commissionTimeoutMs + 5000,
      );
    });
    try {
      const nodeId = await Promise.race([
        this.#c().commissionNode(
          {
            commissioning: {
              regulatoryLocation: GeneralCommissioning.RegulatoryLocationType.IndoorOutdoor,
              regulatoryCountryCode: 'XX',
            },
            discovery: {
              identifierData,
              timeout: timeoutS * 1000,
              ...(address ? { knownAddress: { ip: address.ip, port: address.port, type: 'udp' } } : {}),
            } as never,
            passcode: pc.passcode,
          },
          { connectNodeAfterCommissioning: false },
        ),
        timeout,
      ]);
      return String(nodeId);
    } catch (err) {
      if (err instanceof CommissioningError) throw err;
      const text = errorText(err);
      if (/key confirmation|PASE|spake|passcode/i.test(text))
        throw new CommissioningError('code-rejected', `the device refused the pairing code: ${text}`);
      if (/discover|not found|no (commissionable )?device|timed? ?out/i.test(text))
        throw new CommissioningError('not-found', `no commissionable device answered: ${text}`);
      throw new CommissioningError('failed', `commissioning failed: ${text}`);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Connects to a node and subscribes to all of it; resolves once its data is known (from the
   * fabric's cache or the device), or after `waitMs` (the node then keeps connecting by itself).
   */
  async connect(nodeId: string, handlers: NodeHandlers, waitMs: number): Promise<void> {
    const { NodeId } = await import('@matter/main/types');
    const { NodeStates } = await import('@project-chip/matter.js/device');
    const node = await this.#c().getNode(NodeId(BigInt(nodeId)));
    this.#nodes.set(nodeId, node);
    this.#handlers.set(nodeId, handlers);
    node.events.attributeChanged.on(({ path, value }) => {
      handlers.attribute(path.endpointId, path.clusterId, path.attributeId, value);
    });
    node.events.stateChanged.on((state) => handlers.reachable(state === NodeStates.Connected));
    node.events.structureChanged.on(() => handlers.structure());
    if (!node.isConnected)
      node.connect({ subscribeMaxIntervalCeilingSeconds: this.#opts.maxIntervalSeconds });
    if (node.remoteInitializationDone) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      node.events.initializedFromRemote,
      new Promise((r) => {
        timer = setTimeout(r, waitMs);
      }),
    ]);
    clearTimeout(timer);
  }

  isConnected(nodeId: string): boolean {
    return this.#nodes.get(nodeId)?.isConnected ?? false;
  }

  /** The node's endpoints (not the root), with the device types and attributes it reported. */
  structure(nodeId: string): RawEndpoint[] {
    const node = this.#nodes.get(nodeId);
    if (!node) return [];
    type Legacy = ReturnType<PairedNode['getDevices']>[number];
    const out: RawEndpoint[] = [];
    const walk = (ep: Legacy) => {
      const clusters: RawCluster[] = [];
      for (const client of ep.getAllClusterClients()) {
        const attributes: RawAttribute[] = [];
        for (const [key, attr] of Object.entries(client.attributes as Record<string, unknown>)) {
          if (!/^\d+$/.test(key)) continue;
          const value = (attr as { getLocal(): unknown }).getLocal();
          if (value !== undefined) attributes.push({ id: Number(key), value });
        }
        clusters.push({ id: client.id, attributes });
      }
      if (ep.number !== undefined && ep.number !== 0)
        out.push({ number: ep.number, deviceTypes: ep.getDeviceTypes().map((d) => d.code), clusters });
      for (const child of ep.getChildEndpoints()) walk(child);
    };
    for (const d of node.getDevices()) walk(d);
    return out;
  }

  /** The node's BasicInformation (vendor and product names), when known. */
  basicInfo(nodeId: string): { vendorName?: string; productName?: string } {
    const b = this.#nodes.get(nodeId)?.basicInformation as
      | { vendorName?: string; productName?: string }
      | undefined;
    return {
      ...(b?.vendorName ? { vendorName: b.vendorName } : {}),
      ...(b?.productName ? { productName: b.productName } : {}),
    };
  }

  /** Invokes a command by matter.js's name with matter.js's request object. */
  async invoke(
    nodeId: string,
    endpoint: number,
    cluster: number,
    command: string,
    request: Record<string, unknown> | undefined,
  ): Promise<unknown> {
    const { ClusterId } = await import('@matter/main/types');
    const node = this.#nodes.get(nodeId);
    if (!node) throw new Error(`node ${nodeId} is not connected`);
    const ep = node.getDeviceById(endpoint);
    const client = ep?.getClusterClientById(ClusterId(cluster));
    const fn = (client?.commands as Record<string, ((r?: unknown) => Promise<unknown>) | undefined>)?.[
      command
    ];
    if (!fn) throw new Error(`endpoint ${endpoint} of node ${nodeId} has no command ${command}`);
    return await fn(request);
  }

  /** Reads one cluster of one endpoint from the device now (after a command: its new state). */
  async readCluster(nodeId: string, endpoint: number, cluster: number): Promise<RawAttribute[]> {
    const { ClusterId, EndpointNumber } = await import('@matter/main/types');
    const node = this.#nodes.get(nodeId);
    if (!node) return [];
    const data = await node.getInteractionClient().getMultipleAttributes({
      attributes: [{ endpointId: EndpointNumber(endpoint), clusterId: ClusterId(cluster) }],
    });
    return data.map((d) => ({ id: d.path.attributeId, value: d.value }));
  }

  /** Writes attributes (matter.js's names and values). */
  async write(
    nodeId: string,
    endpoint: number,
    cluster: number,
    values: Record<string, unknown>,
  ): Promise<void> {
    const { ClusterId } = await import('@matter/main/types');
    const client = this.#nodes.get(nodeId)?.getDeviceById(endpoint)?.getClusterClientById(ClusterId(cluster));
    if (!client) throw new Error(`endpoint ${endpoint} of node ${nodeId} has no cluster ${cluster}`);
    for (const [name, v] of Object.entries(values)) {
      const attr = (client.attributes as Record<string, { set(v: unknown): Promise<void> } | undefined>)[
        name
      ];
      if (!attr) throw new Error(`no attribute ${name}`);
      await attr.set(v);
    }
  }
}

export { errorText };
