#!/usr/bin/env python3
"""Writes a copy of the EAR whose persistence units lack <shared-cache-mode>NONE</shared-cache-mode>: the "before"
of the server-start measurement (issue 9), measured against the real EAR in the same session:
  python3 bench/zonder-cachemodus.py ear/target/wlz-platform.ear bench/out/voor.ear
  BENCH_EAR=bench/out/voor.ear bench/serverstart.sh 3000 demo; bench/serverstart.sh 3000 demo"""
import io
import re
import sys
import zipfile


def zonder(data: bytes) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            inhoud = zin.read(item.filename)
            if item.filename.endswith("persistence.xml"):
                inhoud = re.sub(rb"\s*<shared-cache-mode>NONE</shared-cache-mode>", b"", inhoud)
            elif item.filename.endswith((".jar", ".war")):
                inhoud = zonder(inhoud)
            zout.writestr(item, inhoud)
    return uit.getvalue()


with open(sys.argv[1], "rb") as f:
    ear = f.read()
with open(sys.argv[2], "wb") as f:
    f.write(zonder(ear))
