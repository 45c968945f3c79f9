// The lender's portfolio page: sends the file to be screened, reads the streamed results into compact arrays, and
// draws from them a windowed table, the charts, the downloads and the movement matrix. Every text comes from the page.
'use strict';

(() => {
  const RED = 0, AMBER = 1, GREEN = 2, REFUSED = 3;
  const CLASS_NAMES = ['red', 'amber', 'green', 'refused'];
  const PAGE_SIZE = 50;
  const CHART_GROUPS = 12;
  const BLOB_PART_BYTES = 1 << 20;

  const texts = document.getElementById('portfolio-texts').dataset;
  const lang = document.documentElement.lang;
  const classWords = [texts.red, texts.amber, texts.green, texts.refused];
  const sectorCodes = [];
  const sectorWords = new Map();
  for (const name of document.getElementById('sector-names').content.querySelectorAll('span')) {
    sectorCodes.push(name.dataset.code);
    sectorWords.set(name.dataset.code, name.textContent);
  }
  const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames([lang], {type: 'region'}) : null;
  const numbers = new Intl.NumberFormat(lang);

  const $ = id => document.getElementById(id);
  const form = $('screen-form');
  const fileInput = $('portfolio-file');
  const token = form.dataset.token;

  /** Fills a text's #placeholders. */
  function say(text, values) {
    return text.replace(/#(\w+)/g, (all, name) => name in values ? String(values[name]) : all);
  }

  function count(n) {
    return numbers.format(n);
  }

  function countryName(code) {
    if (!code) {
      return texts.unknown;
    }
    try {
      const name = regionNames && regionNames.of(code);
      return name && name !== code ? name + ' (' + code + ')' : code;
    } catch (e) {
      return code;
    }
  }

  function sectorName(index) {
    return index === 0 ? texts.unknown : sectorWords.get(sectorCodes[index - 1]);
  }

  // ---- The results: one entry per descriptor, in input order, in typed arrays sized by the service's count. ----

  let results = null;

  function newResults(total, version) {
    return {
      total, version, size: 0, projects: 0,
      line: new Int32Array(total),
      klass: new Uint8Array(total),
      excluded: new Uint8Array(total),
      sector: new Uint8Array(total), // 0: not given, else 1 + the sector's place in sectorCodes
      country: new Uint16Array(total), // 0: not given, else 1 + the country's place in countries
      reference: new Array(total),
      problems: new Map(),
      countries: [],
      countryIndex: new Map(),
      answered: null,
      refused: 0,
    };
  }

  function addResult(result) {
    const i = results.size++;
    results.line[i] = result.line;
    results.reference[i] = result.reference || '';
    if (result.problem) {
      results.klass[i] = REFUSED;
      results.problems.set(i, problemText(result.problem));
      results.refused++;
    } else {
      results.klass[i] = CLASS_NAMES.indexOf(result.class);
      results.excluded[i] = result.excluded ? 1 : 0;
    }
  }

  function addProject(project) {
    const i = results.projects++;
    if (project.sector) {
      results.sector[i] = sectorCodes.indexOf(project.sector) + 1;
    }
    if (project.country) {
      let index = results.countryIndex.get(project.country);
      if (index === undefined) {
        results.countries.push(project.country);
        index = results.countries.length;
        results.countryIndex.set(project.country, index);
      }
      results.country[i] = index;
    }
  }

  /** A problem as the service gave it: its detail, then each field's error. */
  function problemText(problem) {
    const errors = (problem.errors || []).map(error => {
      const field = (error.pointer || '').replace(/^\//, '').replace(/\//g, '.');
      return field ? field + ': ' + error.reason : error.reason;
    });
    return [problem.detail || problem.title].concat(errors).join(' — ');
  }

  // ---- Streaming. ----

  /** Reads an NDJSON answer as it arrives, a line at a time; keeps its bytes if asked. */
  async function readLines(response, onLine, keep) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let rest = '';
    for (;;) {
      const {done, value} = await reader.read();
      if (done) {
        break;
      }
      if (keep) {
        keep(value);
      }
      rest += decoder.decode(value, {stream: true});
      let start = 0;
      let end;
      while ((end = rest.indexOf('\n', start)) >= 0) {
        if (end > start) {
          onLine(JSON.parse(rest.slice(start, end)));
        }
        start = end + 1;
      }
      rest = rest.slice(start);
    }
    rest += decoder.decode();
    if (rest.trim()) {
      onLine(JSON.parse(rest));
    }
  }

  /** The answer's bytes, kept as blobs (outside the script's heap) a megabyte at a time. */
  function byteKeeper() {
    const blobs = [];
    let parts = [];
    let size = 0;
    return {
      keep(bytes) {
        parts.push(bytes);
        size += bytes.length;
        if (size >= BLOB_PART_BYTES) {
          blobs.push(new Blob(parts));
          parts = [];
          size = 0;
        }
      },
      blob(type) {
        blobs.push(new Blob(parts));
        parts = [];
        return new Blob(blobs, {type});
      },
    };
  }

  function mediaType(file) {
    if (/\.csv$/i.test(file.name) || file.type === 'text/csv') {
      return 'text/csv';
    }
    return 'application/x-ndjson';
  }

  function post(path, file) {
    return fetch(path, {
      method: 'POST', credentials: 'same-origin', body: file,
      headers: {'Content-Type': mediaType(file), 'X-CSRF-Token': token},
    });
  }

  async function refusal(response) {
    try {
      return problemText(await response.json());
    } catch (e) {
      return texts.failed + ' (' + response.status + ')';
    }
  }

  function showError(element, text) {
    element.textContent = text;
    element.hidden = false;
  }

  /** Calls draw at most once a frame, however often it is asked for. */
  function everyFrame(draw) {
    let asked = false;
    return () => {
      if (!asked) {
        asked = true;
        requestAnimationFrame(() => {
          asked = false;
          draw();
        });
      }
    };
  }

  let screening = false;
  let screenedFile = null;

  async function screen(file, version) {
    screening = true;
    $('screen-button').disabled = true;
    $('screen-error').hidden = true;
    $('results').hidden = true;
    delete $('results').dataset.ready;
    $('matrix').hidden = true;
    $('compare-status').textContent = '';
    $('progress-section').hidden = false;
    $('progress').removeAttribute('value');
    $('progress-text').textContent = texts.sending;
    $('progress-status').textContent = '';
    try {
      const response = await post('/app/portfolio/screen' + (version ? '?version=' + encodeURIComponent(version) : ''),
          file);
      if (!response.ok) {
        $('progress-section').hidden = true;
        showError($('screen-error'), await refusal(response));
        return;
      }
      const total = Number(response.headers.get('X-Batch-Lines'));
      results = newResults(total, version || texts.inEffect);
      screenedFile = file;
      const progress = $('progress');
      progress.max = Math.max(total, 1);
      const showProgress = everyFrame(() => {
        progress.value = results.size;
        $('progress-text').textContent = say(texts.progress, {n: count(results.size), total: count(total)});
      });
      showProgress();
      const bytes = byteKeeper();
      const projects = post('/app/portfolio/projects', file)
          .then(answer => answer.ok ? readLines(answer, addProject) : null);
      await readLines(response, result => {
        addResult(result);
        showProgress();
      }, bytes.keep);
      await projects;
      results.answered = bytes.blob('application/x-ndjson');
      showProgress();
      $('progress-status').textContent = say(texts.done,
          {decided: count(results.size - results.refused), refused: count(results.refused)});
      await showResults();
    } catch (e) {
      showError($('screen-error'), texts.failed);
    } finally {
      screening = false;
      $('screen-button').disabled = false;
    }
  }

  // ---- The table: filtered and sorted indexes into the results, 50 rows drawn at a time. ----

  let view = new Int32Array(0);
  let page = 0;
  let sortKey = 'line';
  let ascending = true;

  function filtered() {
    const klass = $('filter-class').value;
    const excluded = $('filter-excluded').value;
    const sector = $('filter-sector').value;
    const country = $('filter-country').value;
    const reference = $('filter-reference').value.trim().toLowerCase();
    const kept = new Int32Array(results.size);
    let n = 0;
    for (let i = 0; i < results.size; i++) {
      if ((klass === '' || results.klass[i] === Number(klass))
          && (excluded === '' || (results.klass[i] !== REFUSED && results.excluded[i] === Number(excluded)))
          && (sector === '' || results.sector[i] === Number(sector))
          && (country === '' || results.country[i] === Number(country))
          && (reference === '' || results.reference[i].toLowerCase().includes(reference))) {
        kept[n++] = i;
      }
    }
    return kept.subarray(0, n);
  }

  function rankOf(names) {
    const order = names.map((name, index) => index).sort((a, b) => names[a].localeCompare(names[b], lang));
    const rank = new Int32Array(names.length);
    order.forEach((index, place) => { rank[index] = place; });
    return rank;
  }

  function comparator() {
    const r = results;
    let key;
    if (sortKey === 'line') {
      key = i => r.line[i];
    } else if (sortKey === 'class') {
      key = i => r.klass[i];
    } else if (sortKey === 'excluded') {
      key = i => r.klass[i] === REFUSED ? -1 : r.excluded[i];
    } else if (sortKey === 'sector') {
      const rank = rankOf([texts.unknown].concat(sectorCodes.map(code => sectorWords.get(code))));
      key = i => rank[r.sector[i]];
    } else if (sortKey === 'country') {
      const rank = rankOf([texts.unknown].concat(r.countries.map(countryName)));
      key = i => rank[r.country[i]];
    }
    const direction = ascending ? 1 : -1;
    if (sortKey === 'reference') {
      return (a, b) => direction * (r.reference[a] < r.reference[b] ? -1 : r.reference[a] > r.reference[b] ? 1
          : r.line[a] - r.line[b]);
    }
    return (a, b) => direction * (key(a) - key(b) || r.line[a] - r.line[b]);
  }

  function refreshView() {
    view = filtered();
    if (!(sortKey === 'line' && ascending)) {
      view.sort(comparator());
    }
    page = 0;
    drawTable();
  }

  function cell(row, text) {
    const td = document.createElement('td');
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function drawTable() {
    const body = $('results-table').tBodies[0];
    const from = page * PAGE_SIZE;
    const to = Math.min(view.length, from + PAGE_SIZE);
    const rows = document.createDocumentFragment();
    for (let v = from; v < to; v++) {
      const i = view[v];
      const row = document.createElement('tr');
      cell(row, String(results.line[i]));
      cell(row, results.reference[i]);
      const light = document.createElement('span');
      light.className = 'light light-' + CLASS_NAMES[results.klass[i]];
      light.textContent = classWords[results.klass[i]];
      cell(row, '').appendChild(light);
      cell(row, results.klass[i] === REFUSED ? '' : results.excluded[i] ? texts.yes : texts.no);
      cell(row, results.sector[i] || results.klass[i] !== REFUSED ? sectorName(results.sector[i]) : '');
      cell(row, results.country[i] ? countryName(results.countries[results.country[i] - 1]) : '');
      cell(row, results.problems.get(i) || '').className = 'problem-text';
      rows.appendChild(row);
    }
    body.replaceChildren(rows);
    $('rows-caption').textContent = view.length === 0 ? texts.noRows
        : say(texts.rows, {from: count(from + 1), to: count(to), count: count(view.length)});
    $('previous-page').disabled = page === 0;
    $('next-page').disabled = to >= view.length;
    for (const th of $('results-table').tHead.querySelectorAll('th[data-key]')) {
      if (th.dataset.key === sortKey) {
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      } else {
        th.removeAttribute('aria-sort');
      }
    }
  }

  function fillChoices(select, choices) {
    const all = select.options[0];
    const options = choices.map(([value, label]) => new Option(label, value));
    options.sort((a, b) => a.text.localeCompare(b.text, lang));
    select.replaceChildren(all, ...options);
  }

  // ---- The charts: server-independent SVG, each bar written with its counts. ----

  const SVG = 'http://www.w3.org/2000/svg';

  function svgElement(name, attributes, text) {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) {
      element.setAttribute(key, value);
    }
    if (text !== undefined) {
      element.textContent = text;
    }
    return element;
  }

  /** Horizontal bars, one per group, each stacked by class and followed by its counts in words. */
  function drawBars(svg, groups, describe) {
    const labelWidth = 240, barWidth = 360, textWidth = 340, rowHeight = 26;
    const largest = Math.max(1, ...groups.map(group => group.counts.reduce((a, b) => a + b, 0)));
    svg.replaceChildren();
    svg.setAttribute('viewBox', '0 0 ' + (labelWidth + barWidth + textWidth) + ' ' + (groups.length * rowHeight + 4));
    svg.setAttribute('width', String(labelWidth + barWidth + textWidth));
    svg.setAttribute('height', String(groups.length * rowHeight + 4));
    groups.forEach((group, g) => {
      const y = g * rowHeight + 4;
      svg.appendChild(svgElement('text', {x: labelWidth - 8, y: y + 15, 'text-anchor': 'end'}, group.label));
      let x = labelWidth;
      group.counts.forEach((n, k) => {
        const width = n / largest * barWidth;
        if (width > 0) {
          svg.appendChild(svgElement('rect', {x, y, width, height: rowHeight - 8, class: 'bar-' + CLASS_NAMES[k]}));
          x += width;
        }
      });
      svg.appendChild(svgElement('text', {x: x + 6, y: y + 15, class: 'bar-count'}, describe(group)));
    });
  }

  function stackedCounts(indexOf, groups) {
    const counts = new Map();
    for (let i = 0; i < results.size; i++) {
      if (results.klass[i] === REFUSED) {
        continue;
      }
      const key = indexOf(i);
      let row = counts.get(key);
      if (!row) {
        row = [0, 0, 0];
        counts.set(key, row);
      }
      row[results.klass[i]]++;
    }
    const sorted = [...counts.entries()].sort((a, b) => total(b[1]) - total(a[1]));
    const shown = sorted.slice(0, groups).map(([key, row]) => ({key, counts: row}));
    if (sorted.length > groups) {
      const rest = [0, 0, 0];
      sorted.slice(groups).forEach(([, row]) => row.forEach((n, k) => { rest[k] += n; }));
      shown.push({key: null, counts: rest});
    }
    return shown;
  }

  function total(row) {
    return row[0] + row[1] + row[2];
  }

  function describeStack(group) {
    return count(total(group.counts)) + ': ' + say(texts.bar,
        {red: count(group.counts[RED]), amber: count(group.counts[AMBER]), green: count(group.counts[GREEN])});
  }

  function drawCharts() {
    const byClass = [0, 0, 0, 0];
    let excluded = 0;
    for (let i = 0; i < results.size; i++) {
      byClass[results.klass[i]]++;
      if (results.klass[i] !== REFUSED && results.excluded[i]) {
        excluded++;
      }
    }
    drawBars($('chart-class'), [RED, AMBER, GREEN, REFUSED].map(k => {
      const counts = [0, 0, 0, 0];
      counts[k] = byClass[k];
      return {label: classWords[k], counts, n: byClass[k]};
    }), group => count(group.n));
    drawBars($('chart-sector'), stackedCounts(i => results.sector[i], CHART_GROUPS).map(group => ({
      label: group.key === null ? texts.other : sectorName(group.key), counts: group.counts,
    })), describeStack);
    drawBars($('chart-country'), stackedCounts(i => results.country[i], CHART_GROUPS).map(group => ({
      label: group.key === null ? texts.other
          : group.key === 0 ? texts.unknown : countryName(results.countries[group.key - 1]),
      counts: group.counts,
    })), describeStack);
    $('excluded-text').textContent = say(texts.excludedCallout, {n: count(excluded)});
    $('show-excluded').hidden = excluded === 0;
  }

  // ---- The downloads: the bytes the service answered, and the same lines as CSV. ----

  const CSV_COLUMNS = ['line', 'decisionId', 'reference', 'class', 'excluded', 'reasons', 'missingFacts',
    'cappedByMissingFacts', 'problem'];

  function csvCell(value) {
    if (value === undefined || value === null) {
      return '';
    }
    const text = Array.isArray(value) ? value.join('|') : typeof value === 'object' ? problemText(value)
        : String(value);
    return /[",\n\r|]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  async function csvOf(answered) {
    const rows = [CSV_COLUMNS.join(',') + '\n'];
    const blobs = [];
    await readLines(new Response(answered), result => {
      rows.push(CSV_COLUMNS.map(column => csvCell(result[column])).join(',') + '\n');
      if (rows.length >= 5000) {
        blobs.push(new Blob(rows.splice(0)));
      }
    });
    blobs.push(new Blob(rows));
    return new Blob(blobs, {type: 'text/csv'});
  }

  let downloadUrls = [];

  async function offerDownloads() {
    downloadUrls.forEach(url => URL.revokeObjectURL(url));
    const ndjson = URL.createObjectURL(results.answered);
    const csv = URL.createObjectURL(await csvOf(results.answered));
    downloadUrls = [ndjson, csv];
    $('download-ndjson').href = ndjson;
    $('download-csv').href = csv;
  }

  async function showResults() {
    fillChoices($('filter-sector'), [...new Set(results.sector.subarray(0, results.size))]
        .filter(index => index > 0).map(index => [String(index), sectorName(index)]));
    fillChoices($('filter-country'), results.countries.map((code, index) => [String(index + 1), countryName(code)]));
    $('filters').reset();
    sortKey = 'line';
    ascending = true;
    $('results').hidden = false;
    drawCharts();
    refreshView();
    await offerDownloads();
    $('results').dataset.ready = 'true';
  }

  // ---- What another version would change: the file evaluated, recording nothing, matched by line. ----

  async function compare(version) {
    const status = $('compare-status');
    $('compare-error').hidden = true;
    $('matrix').hidden = true;
    $('compare-button').disabled = true;
    const byLine = new Map();
    for (let i = 0; i < results.size; i++) {
      byLine.set(results.line[i], i);
    }
    const moves = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
    let into = 0, out = 0, refused = 0, seen = 0;
    try {
      const response = await post('/app/portfolio/compare?version=' + encodeURIComponent(version), screenedFile);
      if (!response.ok) {
        showError($('compare-error'), await refusal(response));
        return;
      }
      const total = Number(response.headers.get('X-Batch-Lines'));
      const showProgress = everyFrame(() => {
        status.textContent = say(texts.comparing, {n: count(seen), total: count(total)});
      });
      await readLines(response, line => {
        seen++;
        showProgress();
        const i = byLine.get(line.line);
        if (i === undefined || line.refused || results.klass[i] === REFUSED) {
          refused++;
          return;
        }
        moves[results.klass[i]][CLASS_NAMES.indexOf(line.class)]++;
        if (line.excluded && !results.excluded[i]) {
          into++;
        } else if (!line.excluded && results.excluded[i]) {
          out++;
        }
      });
      drawMatrix(version, moves, into, out, refused);
      status.textContent = say(texts.matrixTotal, {n: count(moves.flat().reduce((a, b) => a + b, 0))});
    } catch (e) {
      showError($('compare-error'), texts.failed);
    } finally {
      $('compare-button').disabled = false;
    }
  }

  function drawMatrix(version, moves, into, out, refused) {
    const table = $('matrix-table');
    table.caption.textContent = say(texts.matrixCaption, {from: results.version, to: version});
    const head = document.createElement('tr');
    const corner = document.createElement('th');
    corner.scope = 'col';
    corner.textContent = texts.matrixCorner;
    head.appendChild(corner);
    for (let to = RED; to <= GREEN; to++) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = classWords[to];
      head.appendChild(th);
    }
    table.tHead.replaceChildren(head);
    const largest = Math.max(1, ...moves.flat());
    const rows = document.createDocumentFragment();
    for (let from = RED; from <= GREEN; from++) {
      const row = document.createElement('tr');
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = classWords[from];
      row.appendChild(th);
      for (let to = RED; to <= GREEN; to++) {
        const n = moves[from][to];
        const td = cell(row, count(n));
        td.className = 'heat-' + (n === 0 ? 0 : 1 + Math.min(3, Math.floor(n / largest * 3.999)))
            + (from === to ? ' same' : '');
      }
      rows.appendChild(row);
    }
    table.tBodies[0].replaceChildren(rows);
    const notes = [say(texts.intoExclusion, {n: count(into)}), say(texts.outOfExclusion, {n: count(out)}),
      say(texts.refusedEither, {n: count(refused)})].map(text => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    });
    $('matrix-notes').replaceChildren(...notes);
    $('matrix').hidden = false;
  }

  // ---- Wiring. ----

  form.addEventListener('submit', event => {
    event.preventDefault();
    if (!screening && fileInput.files.length > 0) {
      screen(fileInput.files[0], $('screen-version').value);
    }
  });

  const dropzone = $('dropzone');
  dropzone.addEventListener('dragover', event => {
    event.preventDefault();
    dropzone.classList.add('dragging');
  });
  dropzone.addEventListener('dragleave', () => dropzone.classList.remove('dragging'));
  dropzone.addEventListener('drop', event => {
    event.preventDefault();
    dropzone.classList.remove('dragging');
    if (event.dataTransfer.files.length > 0) {
      fileInput.files = event.dataTransfer.files;
      fileInput.dispatchEvent(new Event('change'));
    }
  });

  $('filters').addEventListener('input', refreshView);
  $('filters').addEventListener('change', refreshView);
  $('filters').addEventListener('submit', event => event.preventDefault());
  for (const th of $('results-table').tHead.querySelectorAll('th[data-key]')) {
    th.querySelector('button').addEventListener('click', () => {
      ascending = sortKey === th.dataset.key ? !ascending : true;
      sortKey = th.dataset.key;
      refreshView();
    });
  }
  $('previous-page').addEventListener('click', () => {
    page--;
    drawTable();
  });
  $('next-page').addEventListener('click', () => {
    page++;
    drawTable();
  });
  $('show-excluded').addEventListener('click', () => {
    $('filters').reset();
    $('filter-excluded').value = '1';
    refreshView();
    $('results-table').scrollIntoView();
  });
  $('compare-form').addEventListener('submit', event => {
    event.preventDefault();
    if (results && screenedFile) {
      compare($('compare-version').value);
    }
  });
})();
