"""A speaker for wyoming-satellite's --snd-command: appends the raw audio it is given to a file."""
import sys

with open(sys.argv[1], "ab") as f:
    while True:
        data = sys.stdin.buffer.read(4096)
        if not data:
            break
        f.write(data)
        f.flush()
