#!/usr/bin/env python3
"""The catalogue test: fails when a translation catalogue is behind the code.

  check_catalogues.py LUPDATE PROJECT_CMAKE GENERATOR_CMAKE TS_DIR

Runs lupdate over the sources (the project description CMake wrote at configure time) into
temporary copies of every twofold_*.ts and compares them with the committed files. It fails
when a string in the code is missing from a catalogue, when a catalogue keeps a string the
code no longer has (obsolete or vanished), or when a translation is unfinished — in
twofold_en.ts only the plural forms must be finished (the English source is the rest).
The committed files are never changed.
"""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def entries(path):
    """{(context, source, comment): (kind, numerus)} for every message of a .ts file."""
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "finished") if translation is not None else "unfinished"
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            result[key] = (kind, message.get("numerus") == "yes")
    return result


def main(lupdate, project_cmake, generator, ts_dir):
    committed = sorted(glob.glob(os.path.join(ts_dir, "twofold_*.ts")))
    if not committed:
        print(f"no catalogues in {ts_dir}")
        return 1
    problems = []
    with tempfile.TemporaryDirectory() as work:
        project_json = os.path.join(work, "project.json")
        subprocess.run(["cmake", f"-DIN_FILE={project_cmake}", f"-DOUT_FILE={project_json}", "-P", generator],
                       check=True, stdout=subprocess.DEVNULL)
        copies = []
        for path in committed:
            copy = os.path.join(work, os.path.basename(path))
            shutil.copyfile(path, copy)
            copies.append(copy)
        # No -no-obsolete: strings gone from the code must show up as obsolete/vanished.
        run = subprocess.run([lupdate, "-project", project_json, "-locations", "none", "-ts", *copies],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout, run.stderr)
            return 1
        for path, copy in zip(committed, copies):
            name = os.path.basename(path)
            english = name == "twofold_en.ts"
            before = {k for k, (kind, _) in entries(path).items() if kind not in ("obsolete", "vanished")}
            after = entries(copy)
            for key, (kind, numerus) in sorted(after.items()):
                context, source, _ = key
                if key not in before and kind not in ("obsolete", "vanished"):
                    problems.append(f"{name}: missing from the catalogue: [{context}] {source!r}")
                elif kind in ("obsolete", "vanished"):
                    problems.append(f"{name}: no longer in the code: [{context}] {source!r}")
                elif kind == "unfinished" and (numerus or not english):
                    problems.append(f"{name}: unfinished: [{context}] {source!r}")
    for line in problems:
        print(line)
    print(f"{len(committed)} catalogues checked, {len(problems)} problems")
    if problems:
        print("Run `cmake --build BUILD --target update_translations`, then translate what is unfinished.")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
