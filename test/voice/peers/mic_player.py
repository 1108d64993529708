"""A microphone for wyoming-satellite's --mic-command: plays raw 16-bit mono PCM files in real time
on stdout, then silence for ever. Plan items: a path to a .raw file, or silence:SECONDS."""
import sys
import time

RATE = 16000
CHUNK = 2048  # bytes: 1024 samples, 64 ms

data = bytearray()
for item in sys.argv[1:]:
    if item.startswith("silence:"):
        data += bytes(int(float(item.split(":", 1)[1]) * RATE) * 2)
    else:
        with open(item, "rb") as f:
            data += f.read()

out = sys.stdout.buffer
start = time.monotonic()
sent = 0
try:
    while True:
        chunk = bytes(data[sent : sent + CHUNK]) if sent < len(data) else bytes(CHUNK)
        chunk = chunk.ljust(CHUNK, b"\0")
        out.write(chunk)
        out.flush()
        sent += CHUNK
        ahead = start + sent / (RATE * 2) - time.monotonic()
        if ahead > 0:
            time.sleep(ahead)
except (BrokenPipeError, KeyboardInterrupt):
    pass
