"""A Matter controller the tests drive: the CHIP SDK's own Python controller (PyPI
home-assistant-chip-core, the wheel python-matter-server / Home Assistant use), one fabric per process,
run inside the test's network namespace with a private tmpfs on /data (the wheel's Linux platform layer
keeps chip_config.ini etc. at /data, compiled in).

Same line protocol as controller-peer.mjs (so netns.ts's Peer drives both): JSON lines on stdin
({id, op, ...}) -> JSON lines on stdout ({id, ok, result} or {id, ok: false, error}); attribute reports
of subscriptions are pushed as {event: "attr", node, endpoint, cluster, attribute, value, at}.
Attestation is checked against the PAA certificates in --paa (DER files); nothing is fetched.
Cluster, attribute and command names may be given as matter.js writes them (lowerCamelCase).
"""

import asyncio
import json
import os
import random
import sys
import threading
import time
import urllib.error
import urllib.request

import chip.clusters as Clusters
import chip.logging
import chip.native
from chip.CertificateAuthority import CertificateAuthorityManager
from chip.ChipDeviceCtrl import DiscoveryType
from chip.ChipStack import ChipStack
from chip.clusters.Types import NullValue

ARGS = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
_out = threading.Lock()


def send(obj) -> None:
    def plain(v):
        if v is NullValue:
            return None
        if isinstance(v, bytes):
            return v.hex()
        if hasattr(v, "__dict__"):
            return {k: plain(x) for k, x in vars(v).items()}
        if isinstance(v, (list, tuple)):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items()}
        return v

    line = json.dumps(plain(obj), ensure_ascii=False, default=str)
    with _out:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def upper(name: str) -> str:
    return name[:1].upper() + name[1:]


def cluster_of(name: str):
    c = getattr(Clusters, upper(name), None)
    if c is None:
        raise ValueError(f"no cluster {name}")
    return c


def attribute_of(cluster: str, attribute: str):
    a = getattr(cluster_of(cluster).Attributes, upper(attribute), None)
    if a is None:
        raise ValueError(f"no attribute {cluster}.{attribute}")
    return a


class Controller:
    def __init__(self) -> None:
        chip.native.Init()
        chip.logging.SetLogFilter(int(os.environ.get("CHIP_LOG", chip.logging.LOG_CATEGORY_ERROR)))
        storage = ARGS.get("storage") or "/data"
        self.stack = ChipStack(persistentStoragePath=os.path.join(storage, "chip.json"), enableServerInteractions=False)
        self.cam = CertificateAuthorityManager(chipStack=self.stack)
        self.cam.LoadAuthoritiesFromStorage()
        ca = self.cam.activeCaList[0] if self.cam.activeCaList else self.cam.NewCertificateAuthority()
        vendor = int(ARGS.get("vendor", str(0xFFF1)), 0)
        admin = ca.adminList[0] if ca.adminList else ca.NewFabricAdmin(vendorId=vendor, fabricId=1)
        self.ctrl = admin.NewController(nodeId=112233, paaTrustStorePath=ARGS["paa"])
        self.label = ARGS.get("label", "CHIP controller")
        self.next_node = 1
        self.subscriptions = []

    async def commission(self, code: str, node: int | None = None) -> dict:
        node = node or self.next_node
        self.next_node = node + 1
        started = time.monotonic()
        await self.ctrl.CommissionWithCode(code, node, discoveryType=DiscoveryType.DISCOVERY_NETWORK_ONLY)
        ms = round((time.monotonic() - started) * 1000)
        # python-matter-server labels its fabric after commissioning, as Home Assistant does.
        await self.ctrl.SendCommand(node, 0, Clusters.OperationalCredentials.Commands.UpdateFabricLabel(self.label))
        return {"node": str(node), "ms": ms}

    async def openWindow(self, node: int) -> dict:
        # An enhanced commissioning window with a new random passcode (multi-admin), 180 s.
        params = await self.ctrl.OpenCommissioningWindow(
            node, timeout=180, iteration=1000, discriminator=random.randrange(4096), option=1
        )
        return {"manualPairingCode": params.setupManualCode, "qrPairingCode": params.setupQRCode}

    async def bridged(self, node: int) -> list:
        info = Clusters.BridgedDeviceBasicInformation
        data = await self.ctrl.ReadAttribute(
            node, [(info.Attributes.NodeLabel), (info.Attributes.UniqueID), (info.Attributes.Reachable)]
        )
        out = []
        for endpoint, clusters in sorted(data.items()):
            c = clusters[info]
            out.append(
                {
                    "endpoint": endpoint,
                    "nodeLabel": c[info.Attributes.NodeLabel],
                    "uniqueId": c[info.Attributes.UniqueID],
                    "reachable": c[info.Attributes.Reachable],
                }
            )
        return out

    async def read(self, node: int, endpoint: int, cluster: str, attribute: str):
        attr = attribute_of(cluster, attribute)
        data = await self.ctrl.ReadAttribute(node, [(endpoint, attr)])
        value = data[endpoint][cluster_of(cluster)][attr]
        if isinstance(value, Exception) or type(value).__name__ == "ValueDecodeFailure":
            raise RuntimeError(f"read {cluster}.{attribute}: {value}")
        return value

    async def invoke(self, node: int, endpoint: int, cluster: str, command: str, args: dict | None = None):
        cmd = getattr(cluster_of(cluster).Commands, upper(command), None)
        if cmd is None:
            raise ValueError(f"no command {cluster}.{command}")
        return await self.ctrl.SendCommand(node, endpoint, cmd(**(args or {})))

    async def subscribe(self, node: int, endpoint: int, cluster: str, attribute: str) -> None:
        attr = attribute_of(cluster, attribute)
        sub = await self.ctrl.ReadAttribute(node, [(endpoint, attr)], reportInterval=(0, 30))

        def changed(path, transaction) -> None:
            send(
                {
                    "event": "attr",
                    "node": str(node),
                    "endpoint": path.Path.EndpointId,
                    "cluster": cluster,
                    "attribute": attribute,
                    "value": transaction.GetAttribute(path),
                    "at": round(time.time() * 1000),
                }
            )

        sub.SetAttributeUpdateCallback(changed)
        self.subscriptions.append(sub)

    async def close(self) -> None:
        for sub in self.subscriptions:
            sub.Shutdown()
        self.ctrl.Shutdown()
        self.cam.Shutdown()
        self.stack.Shutdown()


def http(method: str = "GET", url: str = "", headers: dict | None = None, body=None) -> dict:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if data is not None:
        req.add_header("content-type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=30) as res:
            status, raw = res.status, res.read()
    except urllib.error.HTTPError as err:
        status, raw = err.code, err.read()
    try:
        return {"status": status, "body": json.loads(raw)}
    except ValueError:
        return {"status": status, "body": raw.decode(errors="replace")}


async def serve(make) -> None:
    """The line protocol around a controller made by `make()` (its async methods are the ops)."""
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue = asyncio.Queue()

    def reader() -> None:
        # readline, not iteration: a line must be handled as soon as it arrives
        while line := sys.stdin.readline():
            loop.call_soon_threadsafe(lines.put_nowait, line)
        loop.call_soon_threadsafe(lines.put_nowait, None)

    threading.Thread(target=reader, daemon=True).start()
    ctl = await make()
    send({"event": "ready"})

    async def handle(msg: dict) -> None:
        op = msg.pop("op")
        rid = msg.pop("id")
        if "node" in msg:
            msg["node"] = int(msg["node"])
        try:
            if op == "http":
                result = await asyncio.to_thread(http, **msg)
            else:
                result = await getattr(ctl, op)(**msg)
            send({"id": rid, "ok": True, "result": result})
        except Exception as err:  # every failure goes back to the test as this request's error
            send({"id": rid, "ok": False, "error": f"{type(err).__name__}: {err}"})

    tasks = set()
    while (line := await lines.get()) is not None:
        try:
            msg = json.loads(line)
        except ValueError:
            continue
        if msg.get("op") == "close":
            send({"id": msg.get("id"), "ok": True, "result": None})
            break
        task = asyncio.create_task(handle(msg))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    await ctl.close()


async def make_controller() -> Controller:
    return Controller()


if __name__ == "__main__":
    asyncio.run(serve(make_controller))
