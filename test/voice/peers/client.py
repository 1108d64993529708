"""A Wyoming client on the reference library (wyoming.client.AsyncTcpClient).

    client.py HOST PORT describe            -> prints the info event's data as JSON
    client.py HOST PORT transcript TEXT...  -> one JSON line per answer (handled / not-handled / error)
    client.py HOST PORT synthesize TEXT     -> prints audio-start data, chunk count, bytes, stop
"""
import asyncio
import json
import sys
import time

from wyoming.asr import Transcript
from wyoming.audio import AudioChunk, AudioStart, AudioStop
from wyoming.client import AsyncTcpClient
from wyoming.info import Describe, Info
from wyoming.tts import Synthesize


async def main() -> None:
    host, port, what = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    async with AsyncTcpClient(host, port) as client:
        if what == "describe":
            await client.write_event(Describe().event())
            while True:
                event = await asyncio.wait_for(client.read_event(), 10)
                if event is not None and Info.is_type(event.type):
                    print(json.dumps(Info.from_event(event).event().data, ensure_ascii=False))
                    return
        if what == "transcript":
            # Each TEXT on the same connection, one JSON line per answer (a PIN follow-up continues).
            for text in sys.argv[4:]:
                await client.write_event(Transcript(text=text).event())
                while True:
                    event = await asyncio.wait_for(client.read_event(), 15)
                    if event is None:
                        print(json.dumps({"type": "closed"}))
                        return
                    if event.type in ("handled", "not-handled", "error"):
                        print(json.dumps({"type": event.type, "text": event.data.get("text")}, ensure_ascii=False), flush=True)
                        break
            return
        if what == "synthesize":
            t0 = time.monotonic()
            await client.write_event(Synthesize(text=sys.argv[4]).event())
            start, chunks, size, first_ms = None, 0, 0, None
            while True:
                event = await asyncio.wait_for(client.read_event(), 15)
                if event is None:
                    break
                if AudioStart.is_type(event.type):
                    start = AudioStart.from_event(event)
                elif AudioChunk.is_type(event.type):
                    chunk = AudioChunk.from_event(event)
                    if first_ms is None:
                        first_ms = (time.monotonic() - t0) * 1000
                    chunks += 1
                    size += len(chunk.audio)
                elif AudioStop.is_type(event.type):
                    break
            print(json.dumps({
                "start": None if start is None else {"rate": start.rate, "width": start.width, "channels": start.channels},
                "chunks": chunks, "bytes": size, "first_ms": first_ms,
            }))


asyncio.run(main())
