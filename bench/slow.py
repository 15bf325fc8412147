#!/usr/bin/env python3
"""Holds slow and unfinished requests open against Closer for a while, then says what each kind got.

Usage: bench/slow.py HOST PORT SECONDS [KIND,KIND...]
Kinds (all reconnect when the server closes them, so the pressure stays for the whole time):
  slow-body      64 form posts from 16 loopback addresses, Content-Length 4000, one byte every 2 s
  missing-body   16 requests that declare a body and never send it (8 form posts, 8 GETs)
  slow-headers   1000 connections that send one header line every 2 s and never finish
Prints one line per kind: connections, answers by status, closed by the server, seconds held.
"""
import asyncio
import collections
import statistics
import sys
import time

HOST, PORT, SECONDS = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
KINDS = sys.argv[4].split(",") if len(sys.argv) > 4 else ["slow-body", "missing-body", "slow-headers"]
FORM = ("POST /fis/questions HTTP/1.1\r\nHost: bench\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        "Content-Length: 4000\r\n\r\n")
results = collections.defaultdict(lambda: {"opened": 0, "statuses": collections.Counter(), "closed": 0, "open": 0,
                                           "held": []})


async def hold(kind, source, head, drip):
    """One connection after another, for the whole run: send the head, then drip until the server answers or closes."""
    stats = results[kind]
    deadline = time.monotonic() + SECONDS
    while time.monotonic() < deadline:
        try:
            reader, writer = await asyncio.open_connection(HOST, PORT, local_addr=(source, 0))
        except OSError:
            await asyncio.sleep(0.5)
            continue
        stats["opened"] += 1
        opened = time.monotonic()
        writer.write(head.encode())
        status = None
        try:
            while time.monotonic() < deadline:
                try:
                    line = await asyncio.wait_for(reader.readline(), timeout=2)
                except asyncio.TimeoutError:
                    if drip:
                        writer.write(drip.encode())
                        await writer.drain()
                    continue
                if not line:
                    stats["closed"] += 1
                    break
                if status is None and line.startswith(b"HTTP/1.1 "):
                    status = int(line[9:12])
                    stats["statuses"][status] += 1
        except (ConnectionError, OSError):
            stats["closed"] += 1
        if time.monotonic() >= deadline:
            stats["open"] += 1
        stats["held"].append(time.monotonic() - opened)
        writer.close()
        await asyncio.sleep(1)  # a holder comes back, but does not flood


async def main():
    tasks = []
    for i in range(64 if "slow-body" in KINDS else 0):
        tasks.append(hold("slow-body", "127.0.1.%d" % (1 + i % 16), FORM + "q1=3", "3"))
    for i in range(16 if "missing-body" in KINDS else 0):
        head = FORM if i < 8 else "GET /fis HTTP/1.1\r\nHost: bench\r\nContent-Length: 100000\r\n\r\n"
        tasks.append(hold("missing-body", "127.0.2.%d" % (1 + i), head, None))
    for i in range(1000 if "slow-headers" in KINDS else 0):
        tasks.append(hold("slow-headers", "127.0.3.%d" % (1 + i % 250), "GET / HTTP/1.1\r\nHost: bench\r\n", "X-a: b\r\n"))
    await asyncio.gather(*tasks)
    for kind, stats in results.items():
        held = stats["held"]
        statuses = " ".join("%d x %s" % (n, s) for s, n in sorted(stats["statuses"].items())) or "none"
        print("%s: %d connections, answers %s, %d closed by the server, %d still open at the end, held %s s" % (
            kind, stats["opened"], statuses, stats["closed"], stats["open"],
            ("median %.1f, max %.1f" % (statistics.median(held), max(held))) if held else "-"))


asyncio.run(main())
