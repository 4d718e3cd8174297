"""Lists the charts of an xlsx file as openpyxl (Debian's python3-openpyxl) reads them, as JSON.

An independent reader of our chart parts: for every worksheet, each chart's type, title, the
cell its frame starts at, and per series its name and the formulas of its categories and values.
Usage: /usr/bin/python3 openpyxl_charts.py FILE.xlsx
"""
import json
import sys

import openpyxl


def title_text(title):
    if title is None or title.tx is None or title.tx.rich is None:
        return None
    return "".join(run.t for p in title.tx.rich.p for run in (p.r or []))


def series(s):
    cat = s.cat.strRef.f if s.cat is not None and s.cat.strRef is not None else (s.cat.numRef.f if s.cat is not None and s.cat.numRef is not None else None)
    return {"name": s.tx.v if s.tx is not None else None, "categories": cat, "values": s.val.numRef.f if s.val is not None and s.val.numRef is not None else None}


def main(path):
    wb = openpyxl.load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        charts = []
        for chart in ws._charts:
            marker = chart.anchor._from
            charts.append({
                "type": "+".join(type(c).__name__ for c in chart._charts),
                "title": title_text(chart.title),
                "from": {"row": marker.row, "col": marker.col},
                # A combined chart (columns with a target line) holds one chart per type.
                "series": [series(s) for c in chart._charts for s in c.series],
            })
        if charts:
            out[ws.title] = charts
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
