#!/usr/bin/env python3
"""The guard's own share of a flight recording of the guarded portal under bench/guard-load.sh.

    bash bench/guard-load.sh --record guard.jfr
    jfr print --events jdk.ExecutionSample --stack-depth 300 guard.jfr > samples.txt
    python3 bench/guard-profile.py samples.txt

A sample is the guard's own when its innermost frame of org.cookiecharter.guard is guard work:
not CookieCharterFilter.doFilter (which runs the application below it), nor GuardedResponse's
addCookie/addHeader/setHeader passing a cookie to the container (which the bare portal does too).
"""
import collections
import sys

PASSING_ON = ("CookieCharterFilter.doFilter", "GuardedResponse.addCookie",
              "GuardedResponse.addHeader", "GuardedResponse.setHeader")

events = open(sys.argv[1], encoding="utf-8").read().split("jdk.ExecutionSample {")[1:]
own = collections.Counter()
in_chain = 0
for event in events:
    frames = [line.strip().split("(")[0] for line in event.split("\n") if "line:" in line]
    in_chain += any(f.endswith("CookieCharterFilter.doFilter") for f in frames)
    for depth, frame in enumerate(frames):
        if frame.startswith("org.cookiecharter.guard."):
            if depth == 0 or not frame.endswith(PASSING_ON):
                own[frame] += 1
            break
total = sum(own.values())
print(f"{len(events)} Java samples in the guarded portal's JVM, {in_chain} in its filter chain,"
      f" {total} the guard's own ({100 * total / len(events):.1f}% of all)")
for frame, count in own.most_common(8):
    print(f"  {count:5d}  {frame}")
