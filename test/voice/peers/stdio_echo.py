"""Reads Wyoming events from stdin with the reference library and writes each back to stdout,
with `echo` = what the library parsed (type, data, payload length). Used by the codec test."""
import sys

from wyoming.event import Event, read_event, write_event

while True:
    event = read_event(sys.stdin.buffer)
    if event is None:
        break
    payload = event.payload or b""
    write_event(
        Event(
            type=event.type,
            data={**event.data, "echo": {"type": event.type, "payload_length": len(payload)}},
            payload=payload or None,
        ),
        sys.stdout.buffer,
    )
