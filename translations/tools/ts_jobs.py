#!/usr/bin/env python3
"""Moves translations between Qt Linguist .ts files and JSON lines, for translating in batches.

  ts_jobs.py export FILE.ts OUT.jsonl [--all]   messages still unfinished (or all), one per line:
        {"context", "source", "comment", "extracomment", "numerus", "translation"|"forms"}
  ts_jobs.py import FILE.ts IN.jsonl            fills the messages the lines name (matched on
        context, source and comment) and marks them finished
  ts_jobs.py lint IN.jsonl                      checks each translation keeps the source's
        placeholders (%1, %L1, %n), accelerator (&), line breaks and outer spaces
  ts_jobs.py check FILE.ts...                   counts unfinished, obsolete and vanished messages;
        exits 1 when any file has some (what the catalogue test asserts)

Numerus messages carry "forms": one string per plural form of the language, in Qt's order
(German, French, Spanish: [singular, plural]; French uses the singular for 0 and 1).
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def key(context, message):
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def export(path, out, everything):
    root = ET.parse(path).getroot()
    count = 0
    with open(out, "w", encoding="utf-8") as stream:
        for context, message in messages(root):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            if kind != "unfinished" and not everything:
                continue
            numerus = message.get("numerus") == "yes"
            line = {
                "context": context,
                "source": message.findtext("source") or "",
                "comment": message.findtext("comment") or "",
                "extracomment": message.findtext("extracomment") or "",
                "numerus": numerus,
            }
            if numerus:
                line["forms"] = [form.text or "" for form in translation.iter("numerusform")]
            else:
                line["translation"] = translation.text or "" if translation is not None else ""
            stream.write(json.dumps(line, ensure_ascii=False) + "\n")
            count += 1
    print(f"{count} messages written to {out}")


def import_(path, source):
    tree = ET.parse(path)
    root = tree.getroot()
    wanted = {}
    with open(source, encoding="utf-8") as stream:
        for number, text in enumerate(stream, 1):
            text = text.strip()
            if not text:
                continue
            try:
                line = json.loads(text)
            except json.JSONDecodeError as error:
                sys.exit(f"{source}:{number}: not JSON: {error}")
            wanted[(line["context"], line["source"], line.get("comment", ""))] = line
    filled = 0
    for context, message in messages(root):
        line = wanted.pop(key(context, message), None)
        if line is None:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            forms = line.get("forms") or []
            if not forms or not all(forms):
                print(f"skipped (no forms): {line['source']!r}", file=sys.stderr)
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            text = line.get("translation", "")
            if not text:
                print(f"skipped (empty): {line['source']!r}", file=sys.stderr)
                continue
            translation.text = text
        translation.attrib.pop("type", None)
        filled += 1
    for context, source, _ in wanted:
        print(f"not in {path}: [{context}] {source!r}", file=sys.stderr)
    ET.indent(tree, space="    ")
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(HEADER)
        stream.write(ET.tostring(root, encoding="unicode"))
        stream.write("\n")
    print(f"{filled} messages filled in {path}")


def check(paths):
    bad = False
    for path in paths:
        root = ET.parse(path).getroot()
        counts = {"unfinished": 0, "obsolete": 0, "vanished": 0}
        total = 0
        for _, message in messages(root):
            total += 1
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in counts:
                counts[kind] += 1
                if kind == "unfinished" or sys.stdout.isatty():
                    pass
        summary = ", ".join(f"{n} {k}" for k, n in counts.items())
        print(f"{path}: {total} messages, {summary}")
        bad = bad or any(counts.values())
    return 1 if bad else 0


PLACEHOLDER = re.compile(r"%L?\d+|%n")


def lint(path):
    problems = 0
    with open(path, encoding="utf-8") as stream:
        for number, text in enumerate(stream, 1):
            if not text.strip():
                continue
            line = json.loads(text)
            source = line["source"]
            targets = line.get("forms") if line.get("numerus") else [line.get("translation", "")]
            for target in targets or [""]:
                why = []
                if not target:
                    why.append("empty")
                if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(target)) and not (
                        line.get("numerus") and set(PLACEHOLDER.findall(target)) <= set(PLACEHOLDER.findall(source))):
                    why.append("placeholders differ")
                if ("&" in source.replace("&&", "")) != ("&" in target.replace("&&", "")) and "&" in source:
                    why.append("accelerator (&) missing")
                if source.count("\n") != target.count("\n"):
                    why.append("line breaks differ")
                if source[:1] == " " and target[:1] != " " or source[-1:] == " " and target[-1:] != " ":
                    why.append("outer spaces differ")
                if why:
                    problems += 1
                    print(f"{path}:{number}: {', '.join(why)}: {source!r} -> {target!r}")
    print(f"{problems} problems")
    return 1 if problems else 0


def main(argv):
    if len(argv) >= 4 and argv[1] == "export":
        export(argv[2], argv[3], "--all" in argv[4:])
    elif len(argv) == 4 and argv[1] == "import":
        import_(argv[2], argv[3])
    elif len(argv) == 3 and argv[1] == "lint":
        return lint(argv[2])
    elif len(argv) >= 3 and argv[1] == "check":
        return check(argv[2:])
    else:
        sys.exit(__doc__)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
