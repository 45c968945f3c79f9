// The impact page: sends the analysis as the form would, says that it runs (role=status) while the service re-runs
// the decisions, and puts the page it answers in place. Without this script the browser posts the form itself and is
// answered the same page.
'use strict';

(() => {
  function bind() {
    const form = document.getElementById('impact-form');
    if (form) {
      form.addEventListener('submit', event => {
        event.preventDefault();
        run(form);
      });
    }
  }

  async function run(form) {
    const progress = document.getElementById('impact-progress');
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    form.setAttribute('aria-busy', 'true');
    progress.textContent = progress.dataset.running;
    progress.classList.add('running');
    try {
      const answer = await fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)),
                                               credentials: 'same-origin'});
      const page = new DOMParser().parseFromString(await answer.text(), 'text/html');
      const main = page.querySelector('main');
      if (!main || !main.querySelector('#impact-form')) {
        throw new Error('the answer is not the impact page: ' + answer.status);
      }
      // Copied first: moving a node out of the answered page changes its live list of children.
      document.querySelector('main').replaceChildren(...Array.from(main.childNodes));
      bind();
      const shown = document.getElementById('impact-result-heading') || document.querySelector('[aria-invalid=true]');
      if (shown) {
        shown.focus();
      }
    } catch (e) {
      progress.classList.remove('running');
      progress.textContent = progress.dataset.failed;
      button.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }

  bind();
})();
