"""An event service for wyoming-satellite's --event-uri, on the reference `wyoming` library: prints
each event the satellite forwards (all but audio chunks) as one JSON line {type, data} on stdout.

    event_log.py    listens on 127.0.0.1 at a free port and prints `READY <port>` first
"""
import asyncio
import json
import sys

from wyoming.event import async_read_event


async def serve(reader, writer):
    while True:
        event = await async_read_event(reader)
        if event is None:
            break
        print(json.dumps({"type": event.type, "data": event.data}, ensure_ascii=False), flush=True)
    writer.close()


async def main():
    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    print(f"READY {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


try:
    asyncio.run(main())
except KeyboardInterrupt:
    sys.exit(0)
