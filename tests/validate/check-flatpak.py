#!/usr/bin/env python3
"""The Flatpak manifest parses, names the app ID and the GNOME runtime,
builds Puente last, and pins every downloaded source with a sha256."""
import json
import re
import sys

path, app_id = sys.argv[1], sys.argv[2]
with open(path, encoding="utf-8") as f:
    manifest = json.load(f)

errors = []
if manifest.get("id") != app_id:
    errors.append(f"id is {manifest.get('id')!r}, expected {app_id!r}")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
    errors.append("runtime/sdk must be org.gnome.Platform / org.gnome.Sdk")
if manifest.get("command") != "puente":
    errors.append("command must be puente")
modules = manifest.get("modules", [])
if not modules or modules[-1].get("name") != "puente":
    errors.append("the last module must build puente")
if not any(m.get("name") == "libshumate" for m in modules):
    errors.append("libshumate is not in the GNOME runtime and must be built")
for module in modules:
    for source in module.get("sources", []):
        if source.get("type") in ("archive", "file"):
            if not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
                errors.append(f"{module.get('name')}: source {source.get('url')} lacks a sha256")
if errors:
    print("\n".join(errors), file=sys.stderr)
    sys.exit(1)
print(f"{path}: {len(modules)} modules, sources pinned")
