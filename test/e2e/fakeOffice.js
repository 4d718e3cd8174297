/*
 * Served in place of office.js in the Excel-mode browser test: an `Office` that reports the
 * Excel host and an `Excel.run` over a small in-page workbook (window.__fakeSheets, set by
 * the test before the page loads). Like Excel, it queues what the add-in does and applies it
 * at context.sync(); loads are answered then. Formats, charts and validation are accepted and
 * counted, not modelled. The workbook is exposed as window.__excel for the test to inspect.
 */
(function () {
  var sheets = (window.__fakeSheets || []).map(function (s, i) {
    return { id: i + 1, name: s.name, rows: s.rows.map(function (r) { return r.slice(); }) };
  });
  var nextId = sheets.length + 1;
  var queue = [];
  var excel = (window.__excel = { sheets: sheets, syncs: 0, selected: null, active: null, formatOps: 0 });

  function byId(id) {
    var found = sheets.find(function (s) { return s.id === id; });
    if (!found) throw Object.assign(new Error('Sheet not found'), { code: 'ItemNotFound' });
    return found;
  }
  function byName(name) {
    return sheets.find(function (s) { return s.name.toLowerCase() === String(name).toLowerCase(); });
  }
  function colNumber(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + letters.charCodeAt(i) - 64;
    return n;
  }
  function parse(address) {
    var parts = address.split(':');
    var a = /^\$?([A-Z]+)\$?(\d+)$/.exec(parts[0]);
    var b = /^\$?([A-Z]+)\$?(\d+)$/.exec(parts[1] || parts[0]);
    if (!a || !b) return null; // whole rows or columns: formats only
    return { top: +a[2], left: colNumber(a[1]), bottom: +b[2], right: colNumber(b[1]) };
  }
  function typed(v) {
    if (typeof v !== 'string') return v;
    if (v.charAt(0) === "'") return v.slice(1);
    var link = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/.exec(v);
    if (link) return link[1].replace(/""/g, '"');
    if (/^[+-]?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
    return v;
  }
  function cell(sheet, r, c) {
    var row = sheet.rows[r - 1];
    var v = row ? row[c - 1] : undefined;
    return v === undefined || v === null ? '' : v;
  }

  /** Accepts any property and call (formats, charts, validation): counted, not modelled. */
  function sink() {
    var target = function () {};
    return new Proxy(target, {
      get: function (_t, prop) { return prop === 'then' ? undefined : sink(); },
      set: function () { queue.push(function () { excel.formatOps++; }); return true; },
      apply: function () { queue.push(function () { excel.formatOps++; }); return sink(); },
    });
  }

  function range(sheetId, address) {
    var r = {
      load: function () {
        queue.push(function () {
          var sheet = byId(sheetId);
          var p = parse(address);
          var values = [];
          for (var i = p.top; i <= p.bottom; i++) {
            var row = [];
            for (var j = p.left; j <= p.right; j++) row.push(cell(sheet, i, j));
            values.push(row);
          }
          r.values = values;
        });
        return r;
      },
      select: function () { queue.push(function () { excel.selected = { sheet: byId(sheetId).name, address: address }; }); },
      merge: function () { queue.push(function () { excel.formatOps++; }); },
      getMergedAreasOrNullObject: function () { var m = { isNullObject: true, load: function () { return m; } }; return m; },
      format: sink(),
      dataValidation: sink(),
      conditionalFormats: sink(),
    };
    return new Proxy(r, {
      set: function (t, prop, value) {
        if (prop === 'values') {
          queue.push(function () {
            var sheet = byId(sheetId);
            var p = parse(address);
            value.forEach(function (row, i) {
              row.forEach(function (v, j) {
                if (v === null) return;
                var rr = p.top + i - 1;
                while (sheet.rows.length <= rr) sheet.rows.push([]);
                sheet.rows[rr][p.left + j - 1] = typed(v);
              });
            });
          });
        } else {
          queue.push(function () { excel.formatOps++; });
        }
        t[prop] = value;
        return true;
      },
    });
  }

  function usedRange(sheetId) {
    var u = {
      load: function () {
        queue.push(function () {
          var sheet = byId(sheetId);
          var rows = sheet.rows.length;
          var cols = Math.max.apply(null, [0].concat(sheet.rows.map(function (r) { return r.length; })));
          u.isNullObject = rows === 0 || cols === 0;
          u.rowIndex = 0;
          u.columnIndex = 0;
          u.rowCount = rows;
          u.columnCount = cols;
        });
        return u;
      },
    };
    return u;
  }

  function worksheet(id) {
    var ws = {
      getRange: function (address) { return range(id, address); },
      getUsedRangeOrNullObject: function () { return usedRange(id); },
      delete: function () { queue.push(function () { sheets.splice(sheets.indexOf(byId(id)), 1); }); },
      activate: function () { queue.push(function () { excel.active = byId(id).name; }); },
      freezePanes: sink(),
      autoFilter: sink(),
      charts: sink(),
      pageLayout: sink(),
      horizontalPageBreaks: sink(),
      verticalPageBreaks: sink(),
    };
    return new Proxy(ws, {
      set: function (t, prop, value) {
        if (prop === 'name') queue.push(function () { byId(id).name = value; });
        else if (prop === 'position') queue.push(function () { var s = byId(id); sheets.splice(sheets.indexOf(s), 1); sheets.splice(value, 0, s); });
        else queue.push(function () { excel.formatOps++; });
        t[prop] = value;
        return true;
      },
    });
  }

  var worksheets = {
    load: function () {
      queue.push(function () {
        // Views of the sheets: reading name and position queues nothing.
        worksheets.items = sheets.map(function (s, i) {
          var view = worksheet(s.id);
          return new Proxy(view, { get: function (t, prop) { return prop === 'name' ? s.name : prop === 'position' ? i : t[prop]; } });
        });
      });
      return worksheets;
    },
    getItem: function (name) {
      var found = byName(name);
      return worksheet(found ? found.id : -1);
    },
    add: function (name) {
      var id = nextId++;
      queue.push(function () { sheets.push({ id: id, name: name, rows: [] }); });
      return worksheet(id);
    },
  };

  // DATE(y, m, d) in the workbook's date system (window.__dateSystem, 1900 unless set to 1904).
  var functions = {
    date: function (y, m, d) {
      var result = {
        load: function () {
          queue.push(function () {
            var serial = (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
            result.value = window.__dateSystem === 1904 ? serial - 1462 : serial;
          });
          return result;
        },
      };
      return result;
    },
  };

  var context = {
    workbook: { worksheets: worksheets, functions: functions },
    sync: function () {
      var ops = queue;
      queue = [];
      excel.syncs++;
      try {
        ops.forEach(function (op) { op(); });
      } catch (error) {
        return Promise.reject(error);
      }
      return Promise.resolve();
    },
  };

  window.Excel = {
    run: function (batch) {
      return Promise.resolve(batch(context)).then(function (result) {
        return queue.length ? context.sync().then(function () { return result; }) : result;
      });
    },
  };
  window.Office = {
    HostType: { Excel: 'Excel' },
    context: { requirements: { isSetSupported: function (name, version) { return name === 'ExcelApi' && parseFloat(version.split('.')[1]) <= 12; } } },
    onReady: function (callback) {
      var info = { host: 'Excel', platform: 'OfficeOnline' };
      setTimeout(function () { if (callback) callback(info); }, 0);
      return Promise.resolve(info);
    },
  };
})();
