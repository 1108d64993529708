"""TEST DOUBLES of a wake word service and a speech recognizer, on the reference `wyoming` library.

No Korean wake-word model or speech recognizer can be had here, so these answer from a register
of known audio instead of listening: the audio the tests play is real espeak-ng speech, and a
double recognizes a registered recording when an excerpt of it (a slice from its middle) is found,
byte for byte, in what it was sent. They are test doubles, not recognizers.

    doubles.py wake FILE.raw=NAME ...   a wake service: `detection {name}` once a registered
                                        wake recording is heard (again after each `detect`)
    doubles.py asr FILE.raw=TEXT ...    an ASR service: `transcript {text}` of the registered
                                        recording found in the utterance ("" when none)

Each listens on 127.0.0.1 at a free port and prints `READY <port>` on stdout.
"""
import asyncio
import sys

from wyoming.asr import Transcript
from wyoming.audio import AudioChunk, AudioStop
from wyoming.event import async_read_event, async_write_event
from wyoming.info import AsrModel, AsrProgram, Attribution, Describe, Info
from wyoming.wake import Detect, Detection

PROBE = 3200  # bytes: 100 ms at 16 kHz


def register(items):
    known = []
    for item in items:
        path, label = item.split("=", 1)
        with open(path, "rb") as f:
            audio = f.read()
        mid = (len(audio) // 2) & ~1
        known.append((audio[mid - PROBE // 2 : mid + PROBE // 2], label))
    return known


def find(known, heard):
    for probe, label in known:
        if probe in heard:
            return label
    return None


async def wake(reader, writer, known):
    heard, armed = bytearray(), True
    while True:
        event = await async_read_event(reader)
        if event is None:
            break
        if Detect.is_type(event.type):
            heard, armed = bytearray(), True
        elif AudioChunk.is_type(event.type) and armed:
            heard += AudioChunk.from_event(event).audio
            del heard[: max(0, len(heard) - 160000)]
            name = find(known, bytes(heard))
            if name is not None:
                heard, armed = bytearray(), False
                await async_write_event(Detection(name=name).event(), writer)


async def asr(reader, writer, known):
    heard = bytearray()
    while True:
        event = await async_read_event(reader)
        if event is None:
            break
        if Describe.is_type(event.type):
            attribution = Attribution(name="test double", url="")
            model = AsrModel(name="register", attribution=attribution, installed=True,
                             description="TEST DOUBLE", version=None, languages=["ko"])
            program = AsrProgram(name="asr-test-double", attribution=attribution, installed=True,
                                 description="TEST DOUBLE", version=None, models=[model])
            await async_write_event(Info(asr=[program]).event(), writer)
        elif AudioChunk.is_type(event.type):
            heard += AudioChunk.from_event(event).audio
        elif AudioStop.is_type(event.type):
            text = find(known, bytes(heard)) or ""
            heard = bytearray()
            await async_write_event(Transcript(text=text).event(), writer)


async def main():
    role, known = sys.argv[1], register(sys.argv[2:])
    handler = wake if role == "wake" else asr

    async def serve(reader, writer):
        try:
            await handler(reader, writer, known)
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    print("READY", server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
