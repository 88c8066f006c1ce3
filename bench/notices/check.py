#!/usr/bin/env python3
"""Reads the personal lines of a sample of letters back from every output with pdftotext, and fails when an output
differs from pathfinder's (or from the list).

    check.py DIR pathfinder.pdf PEER.pdf...     (DIR holds letters.json, written by pathfinder-notices-bench)

What is compared, for every 97th letter, the first letter of each language and the first large-print letter:
- the address in the envelope window (cropped: 18-108 mm across, 48-90 mm down, where every output puts it): the
  names, the address lines and the postcode, line by line, against pathfinder's and against the list;
- the greeting: the first line below the window that holds the names. The names and addresses of the seeded list
  are in Latin script, and so is the greeting of the Latin-script languages (English, Polish, French, Portuguese,
  Somali), which is compared whole. In Arabic, Urdu, Punjabi, Bengali, Gujarati and Chinese pdftotext puts the words
  of a mixed line in an order of its own (right-to-left runs, clusters, CJK spacing), which differs between PDF
  writers for the same words: there the Latin names are compared (they must be in the greeting line of every
  output), not the rest of the line;
- the form: the name written in on the letter's form is a line of its own exactly once in the pages after the
  letter's first page (up to the next letter's). (A line of its own: WeasyPrint 57 writes a ToUnicode map for Noto
  Naskh Arabic in which some glyphs read back as a whole earlier phrase, the greeting with the name among them, so
  in its Arabic and Urdu letters the name turns up inside lines of Arabic text it is not in.)
Letters are found in each output by their first page, the one whose window holds an address ending in a postcode;
every output must have exactly one per letter, in the list's order. Page counts are not compared (the table reports
them). Prints one line, "sample: N letters compared ..., all agreed", or exits 1 naming the letter and the line.
"""
import json
import re
import subprocess
import sys

MM = 72 / 25.4
POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$")
WHOLE_GREETING = {"en-GB", "pl", "fr", "pt", "so"}


def pdftotext(pdf, crop=None, first=None, last=None):
    """pdftotext started on `pdf` (its text on standard output; its own warnings about a PDF are not ours)."""
    command = ["pdftotext", "-enc", "UTF-8"]
    if crop:
        x, y, w, h = crop
        command += ["-x", str(round(x * MM)), "-y", str(round(y * MM)), "-W", str(round(w * MM)), "-H", str(round(h * MM))]
    if first is not None:
        command += ["-f", str(first), "-l", str(last)]
    return subprocess.Popen(command + [pdf, "-"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)


def pages(process):
    """The text of every page, as lists of non-empty lines, whitespace runs as one space."""
    text, _ = process.communicate()
    if process.returncode != 0:
        sys.exit(f"sample check FAILED: pdftotext {' '.join(process.args[-2:])} failed")
    return [[" ".join(line.split()) for line in page.splitlines() if line.strip()] for page in text.split("\f")]


def main():
    folder, outputs = sys.argv[1], sys.argv[2:]
    data = json.load(open(f"{folder}/letters.json", encoding="utf-8"))
    letters = data["letters"]
    sample = set(range(0, len(letters), 97))
    first = {}
    for index, letter in enumerate(letters):
        first.setdefault(letter["lang"], index)
        if letter["large"]:
            first.setdefault("large", index)
    sample |= set(first.values())

    # Every page's window, from every output at once (pdftotext reads every page: this is the slow part).
    running = {pdf: pdftotext(pdf, crop=(18, 48, 90, 42)) for pdf in outputs}
    read = {}
    for pdf in outputs:
        window = pages(running[pdf])
        starts = [n for n, lines in enumerate(window) if lines and POSTCODE.match(lines[-1])]
        if len(starts) != len(letters):
            sys.exit(f"sample check FAILED: {pdf} has {len(starts)} letters (a first page with an address), "
                     f"the list {len(letters)}")
        read[pdf] = (window, starts + [len(window) - 1])  # (pdftotext ends every page with a form feed)

    def fail(index, pdf, what, got, want):
        letter = letters[index]
        sys.exit(f"sample check FAILED: letter {index + 1} ({', '.join(letter['names'])}, {letter['lang']}"
                 f"{', large print' if letter['large'] else ''}), {what} in {pdf}: {got!r}, expected {want!r}")

    reference = outputs[0]
    for index in sorted(sample):
        letter = letters[index]
        expected = letter["names"] + letter["address"] + [letter["postcode"]]
        greeting = {}
        for pdf in outputs:
            window, starts = read[pdf]
            start, end = starts[index], starts[index + 1]
            # The letter's pages, whole (page numbers from 1; split on form feeds, the last is empty).
            full = pages(pdftotext(pdf, first=start + 1, last=end))
            full = [[]] * start + full
            lines = window[start]
            for number, want in enumerate(expected):
                got = lines[number] if number < len(lines) else None
                if got != want:
                    fail(index, pdf, f"window line {number + 1}", got, want)
            if len(lines) != len(expected):
                fail(index, pdf, "window", lines, expected)
            names = ", ".join(letter["names"])
            found = [line for line in full[start] if names in line and line != names]
            if not found:
                fail(index, pdf, "greeting (no line but the address holds the names)", None, letter["greeting"])
            greeting[pdf] = found[0]
            if letter["lang"] in WHOLE_GREETING and found[0] != letter["greeting"]:
                fail(index, pdf, "greeting", found[0], letter["greeting"])
            on_forms = sum(page.count(letter["names"][0]) for page in full[start + 1:end])
            if on_forms != 1:
                fail(index, pdf, "the name written on the form (times found after the first page)", on_forms, 1)
        for pdf in outputs[1:]:
            if letter["lang"] in WHOLE_GREETING and greeting[pdf] != greeting[reference]:
                fail(index, pdf, "greeting", greeting[pdf], greeting[reference])
    languages = len({letters[i]["lang"] for i in sample})
    large = sum(1 for i in sample if letters[i]["large"])
    print(f"sample: {len(sample)} of {len(letters)} letters compared ({languages} languages, {large} large print) in "
          f"{len(outputs)} outputs: window names, address and postcode, greeting and the name on the form all agreed")


if __name__ == "__main__":
    main()
