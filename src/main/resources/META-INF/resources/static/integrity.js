// The regulator's integrity page: starts a verification of the stored log in the background and shows its progress
// live, by polling the run until it has finished; after a reload it picks up a run still going. Every text comes from
// the page.
'use strict';

(() => {
  const POLL_MILLISECONDS = 500;
  const $ = id => document.getElementById(id);
  const form = $('verify-form');
  const texts = form.dataset;
  const lang = document.documentElement.lang;
  const numbers = new Intl.NumberFormat(lang);
  const words = id => new Map(Array.from($(id).content.querySelectorAll('span'),
      span => [span.dataset.code, span.textContent]));
  const reasonWords = words('reason-words');
  const stateWords = words('state-words');

  function say(text, values) {
    return text.replace(/#(\w+)/g, (all, name) => name in values ? String(values[name]) : all);
  }

  function fieldProblem(field, shown) {
    const input = $('verify-' + field);
    const problem = $(field + '-problem');
    problem.hidden = !shown;
    problem.textContent = shown ? say(texts.refused, {end: texts.end}) : '';
    if (shown) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
  }

  function startError(text) {
    $('start-error').hidden = !text;
    $('start-error').textContent = text || '';
  }

  /** Shows a run as it is now: its progress, and once finished its result. */
  function show(run) {
    const total = Math.max(0, run.range.to - run.range.from + 1);
    const progress = $('progress');
    progress.max = Math.max(1, total);
    progress.value = run.state === 'running' ? run.recordsChecked : Math.max(1, total);
    $('progress-text').textContent = say(texts.progress, {n: numbers.format(run.recordsChecked),
      total: numbers.format(total)});
    let status = stateWords.get(run.state) || run.state;
    if (run.failure) {
      status += ' — ' + say(texts.failureAt, {seq: run.failure.seq,
        reason: reasonWords.get(run.failure.reason) || run.failure.reason});
    }
    const statusLine = $('progress-status');
    statusLine.textContent = status;
    statusLine.className = 'state-' + run.state;
    $('run-progress').hidden = false;
  }

  async function watch(id) {
    $('start-verification').disabled = true;
    try {
      for (;;) {
        const answer = await fetch('/app/integrity/verifications/' + encodeURIComponent(id),
            {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
        if (!answer.ok) {
          startError(texts.unavailable);
          return;
        }
        const run = await answer.json();
        show(run);
        if (run.state !== 'running') {
          return;
        }
        await new Promise(resolve => setTimeout(resolve, POLL_MILLISECONDS));
      }
    } catch (e) {
      startError(texts.unavailable);
    } finally {
      $('start-verification').disabled = false;
    }
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    startError(null);
    fieldProblem('from', false);
    fieldProblem('to', false);
    const query = new URLSearchParams();
    for (const field of ['from', 'to']) {
      const value = $('verify-' + field).value.trim();
      if (value) {
        query.set(field, value);
      }
    }
    try {
      const answer = await fetch('/app/integrity/verifications?' + query, {method: 'POST',
        headers: {'X-CSRF-Token': texts.token, Accept: 'application/json'}, credentials: 'same-origin'});
      if (answer.status === 400) {
        const problem = await answer.json();
        const fields = (problem.errors || []).map(error => error.pointer);
        fields.filter(field => field === 'from' || field === 'to').forEach(field => fieldProblem(field, true));
        startError(texts.notStarted);
        return;
      }
      if (answer.status !== 202) {
        startError(texts.unavailable);
        return;
      }
      const run = await answer.json();
      show(run);
      await watch(run.id);
    } catch (e) {
      startError(texts.unavailable);
    }
  });

  const running = $('last-verification').dataset.running;
  if (running) {
    watch(running);
  }
})();
