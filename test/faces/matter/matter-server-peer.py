"""A Matter controller the tests drive: python-matter-server (PyPI, the server Home Assistant's Matter
integration talks to, on the CHIP SDK's controller), started by this script inside the test's network
namespace, and driven through its own WebSocket client (matter_server.client.MatterClient) as Home
Assistant does. Same line protocol as chip-peer.py / controller-peer.mjs.

Offline: the server's PAA fetch is skipped when --paa holds a `.version` newer than a day (this
script touches it; the test put the PAA certificates there); its vendor-name fetch from the DCL fails
and is only logged.
"""

import asyncio
import ctypes
import importlib.util
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import chip.clusters as Clusters
from aiohttp import ClientSession
from matter_server.client import MatterClient
from matter_server.common.models import EventType

sys.dont_write_bytecode = True  # no __pycache__ in the test folder
_spec = importlib.util.spec_from_file_location("chip_peer", Path(__file__).with_name("chip-peer.py"))
peer = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(peer)
ARGS = peer.ARGS
BRIDGED = Clusters.BridgedDeviceBasicInformation
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def die_with_parent() -> None:
    # The test may SIGKILL this peer; the server must not outlive it (prctl PR_SET_PDEATHSIG, SIGTERM).
    ctypes.CDLL(None).prctl(1, signal.SIGTERM)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerController:
    async def start(self) -> "ServerController":
        paa = Path(ARGS["paa"])
        (paa / ".version").touch()
        port = free_port()
        server = os.path.join(os.path.dirname(sys.executable), "matter-server")
        self.log = open(os.path.join(ARGS["storage"], "matter-server.log"), "w")
        self.server = subprocess.Popen(
            [server, "--storage-path", ARGS["storage"], "--paa-root-cert-dir", str(paa), "--port", str(port)]
            + ["--listen-address", "127.0.0.1", "--vendorid", ARGS.get("vendor", str(0xFFF1))],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent,
        )
        until = time.monotonic() + 120
        while True:
            try:
                await asyncio.to_thread(urllib.request.urlopen, f"http://127.0.0.1:{port}/info", None, 2)
                break
            except OSError:
                if self.server.poll() is not None or time.monotonic() > until:
                    raise RuntimeError(f"matter-server did not start (see {self.log.name})") from None
                await asyncio.sleep(0.5)
        self.session = ClientSession()
        self.client = MatterClient(f"ws://127.0.0.1:{port}/ws", self.session)
        await self.client.connect()
        ready = asyncio.Event()
        self.listening = asyncio.create_task(self.client.start_listening(ready))
        await ready.wait()
        await self.client.set_default_fabric_label(ARGS.get("label", "python-matter-server"))
        return self

    @staticmethod
    def path(endpoint: int, cluster: str, attribute: str) -> str:
        attr = peer.attribute_of(cluster, attribute)
        return f"{endpoint}/{attr.cluster_id}/{attr.attribute_id}"

    async def commission(self, code: str) -> dict:
        started = time.monotonic()
        mark = os.lseek(self.log.fileno(), 0, os.SEEK_CUR)
        try:
            data = await self.client.commission_with_code(code, network_only=True)
        except Exception as err:
            # The WebSocket API says only that commissioning failed; the SDK's reason is in its log.
            with open(self.log.name, errors="replace") as f:
                f.seek(mark)
                why = [ANSI.sub("", line).strip() for line in f if "CHIP Error" in line or "ttestation" in line]
            raise RuntimeError(f"{err} {' | '.join(why[-4:])}") from err
        return {"node": str(data.node_id), "ms": round((time.monotonic() - started) * 1000)}

    async def bridged(self, node: int) -> list:
        attrs = self.client.get_node(node).node_data.attributes
        out = []
        for key, label in attrs.items():
            ep, cluster, attribute = (int(x) for x in key.split("/"))
            if cluster != BRIDGED.id or attribute != BRIDGED.Attributes.NodeLabel.attribute_id:
                continue
            at = lambda a: attrs.get(f"{ep}/{BRIDGED.id}/{a.attribute_id}")  # noqa: E731
            out.append(
                {
                    "endpoint": ep,
                    "nodeLabel": label,
                    "uniqueId": at(BRIDGED.Attributes.UniqueID),
                    "reachable": at(BRIDGED.Attributes.Reachable),
                }
            )
        return sorted(out, key=lambda b: b["endpoint"])

    async def read(self, node: int, endpoint: int, cluster: str, attribute: str):
        path = self.path(endpoint, cluster, attribute)
        values = await self.client.read_attribute(node, path)
        if path not in values:
            raise RuntimeError(f"read {path}: {values}")
        return values[path]

    async def invoke(self, node: int, endpoint: int, cluster: str, command: str, args: dict | None = None):
        cmd = getattr(peer.cluster_of(cluster).Commands, peer.upper(command), None)
        if cmd is None:
            raise ValueError(f"no command {cluster}.{command}")
        return await self.client.send_device_command(node, endpoint, cmd(**(args or {})))

    async def subscribe(self, node: int, endpoint: int, cluster: str, attribute: str) -> None:
        # The server keeps a wildcard subscription to every node; this only picks what to pass on.
        def changed(_event, value) -> None:
            peer.send(
                {
                    "event": "attr",
                    "node": str(node),
                    "endpoint": endpoint,
                    "cluster": cluster,
                    "attribute": attribute,
                    "value": value,
                    "at": round(time.time() * 1000),
                }
            )

        path = self.path(endpoint, cluster, attribute)
        self.client.subscribe_events(changed, EventType.ATTRIBUTE_UPDATED, node_filter=node, attr_path_filter=path)

    async def openWindow(self, node: int) -> dict:
        params = await self.client.open_commissioning_window(node)
        return {"manualPairingCode": params.setup_manual_code, "qrPairingCode": params.setup_qr_code}

    async def close(self) -> None:
        try:
            await self.client.disconnect()
            await self.session.close()
        finally:
            self.server.terminate()
            try:
                self.server.wait(10)
            except subprocess.TimeoutExpired:
                self.server.kill()


async def make_controller() -> ServerController:
    return await ServerController().start()


if __name__ == "__main__":
    asyncio.run(peer.serve(make_controller))
