// Verifies in the browser, with Web Crypto only, what the service says of its log: that a decision's record is in
// the tree a signed checkpoint covers (decision page), and that the newest checkpoint is signed and extends the one
// this browser saw last (both pages). The signing key is the one the regulator pinned in this browser; the service
// only supplies data. The hashing is RFC 9162's (leaf: SHA-256(0x00 || record), node: SHA-256(0x01 || left || right))
// and the signed message is the service's checkpoint text (tlog.SignedCheckpoint). Every text comes from the page.
'use strict';

(() => {
  const PINNED_KEY = 'traffic-light.pinned-key';
  const SEEN_CHECKPOINT = 'traffic-light.seen-checkpoint';
  const panel = document.getElementById('verify-panel');
  const texts = panel.dataset;
  const decision = texts.decision;
  const $ = id => document.getElementById(id);

  /** A check that did not hold: the step it failed at is already shown. */
  class Failed extends Error {
  }

  /** A check that could not be made yet: not a failure of the log. */
  class NotYet extends Error {
  }

  function say(text, values) {
    return text.replace(/#(\w+)/g, (all, name) => name in values ? String(values[name]) : all);
  }

  // ---- bytes ----

  const hex = bytes => Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');

  function unhex(text) {
    if (typeof text !== 'string' || !/^([0-9a-f]{2})*$/.test(text)) {
      throw new Failed('not lower-case hex');
    }
    const bytes = new Uint8Array(text.length / 2);
    for (let i = 0; i < bytes.length; i++) {
      bytes[i] = parseInt(text.substr(2 * i, 2), 16);
    }
    return bytes;
  }

  function concat(parts) {
    const all = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
    let at = 0;
    for (const part of parts) {
      all.set(part, at);
      at += part.length;
    }
    return all;
  }

  const sha256 = async (...parts) => new Uint8Array(await crypto.subtle.digest('SHA-256', concat(parts)));
  const leafHash = record => sha256(Uint8Array.of(0), new TextEncoder().encode(record));
  const nodeHash = (left, right) => sha256(Uint8Array.of(1), left, right);
  const same = (a, b) => a.length === b.length && a.every((byte, i) => byte === b[i]);
  const base64 = bytes => btoa(String.fromCharCode(...bytes));
  const unbase64 = text => Uint8Array.from(atob(text), c => c.charCodeAt(0));
  const short = hashText => hashText.slice(0, 16);

  function pemToDer(pem) {
    const body = /-----BEGIN PUBLIC KEY-----([\s\S]*?)-----END PUBLIC KEY-----/.exec(pem);
    if (!body) {
      throw new Failed('no public key');
    }
    return unbase64(body[1].replace(/\s+/g, ''));
  }

  // ---- RFC 9162 proofs; sizes and indices stay far below 2^53, so numbers do ----

  const odd = n => n % 2 === 1;
  const half = n => Math.floor(n / 2);

  /** The root an inclusion proof leads to (RFC 9162, 2.1.3.2), or null when the proof does not fit the tree. */
  async function inclusionRoot(leafIndex, treeSize, leaf, path) {
    if (leafIndex >= treeSize) {
      return null;
    }
    let fn = leafIndex;
    let sn = treeSize - 1;
    let r = leaf;
    for (const p of path) {
      if (sn === 0) {
        return null;
      }
      if (odd(fn) || fn === sn) {
        r = await nodeHash(p, r);
        if (!odd(fn)) {
          while (!(odd(fn) || fn === 0)) {
            fn = half(fn);
            sn = half(sn);
          }
        }
      } else {
        r = await nodeHash(r, p);
      }
      fn = half(fn);
      sn = half(sn);
    }
    return sn === 0 ? r : null;
  }

  /** Whether a consistency proof shows the tree of size first, root firstRoot, the start of the other (2.1.4.2). */
  async function consistent(first, second, firstRoot, secondRoot, proof) {
    if (first === second) {
      return proof.length === 0 && same(firstRoot, secondRoot);
    }
    if (first === 0 || first > second || proof.length === 0) {
      return false;
    }
    let power = first;
    while (power % 2 === 0) {
      power /= 2;
    }
    // When the first tree is a full subtree of the second, its root is where the path starts.
    const path = power === 1 ? [firstRoot, ...proof] : proof;
    let fn = first - 1;
    let sn = second - 1;
    while (odd(fn)) {
      fn = half(fn);
      sn = half(sn);
    }
    let fr = path[0];
    let sr = path[0];
    for (const c of path.slice(1)) {
      if (sn === 0) {
        return false;
      }
      if (odd(fn) || fn === sn) {
        fr = await nodeHash(c, fr);
        sr = await nodeHash(c, sr);
        if (!odd(fn)) {
          while (!(odd(fn) || fn === 0)) {
            fn = half(fn);
            sn = half(sn);
          }
        }
      } else {
        sr = await nodeHash(sr, c);
      }
      fn = half(fn);
      sn = half(sn);
    }
    return sn === 0 && same(fr, firstRoot) && same(sr, secondRoot);
  }

  /** The bytes a checkpoint's signature covers: format v2, or v1 for one that names no checkpoint before it. */
  function signedMessage(checkpoint) {
    const lines = checkpoint.previousTreeSize === undefined || checkpoint.previousTreeSize === null
      ? ['traffic-light checkpoint v1', checkpoint.treeSize, checkpoint.rootHash, checkpoint.signedAt]
      : ['traffic-light checkpoint v2', checkpoint.treeSize, checkpoint.rootHash, checkpoint.signedAt,
        checkpoint.previousTreeSize];
    return new TextEncoder().encode(lines.map(line => line + '\n').join(''));
  }

  // ---- what is shown ----

  function step(text, passed) {
    const item = document.createElement('li');
    item.className = passed ? 'step-passed' : 'step-failed';
    const mark = document.createElement('span');
    mark.className = 'step-mark';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = passed ? '✓' : '✗';
    const outcome = document.createElement('span');
    outcome.className = 'visually-hidden';
    outcome.textContent = (passed ? texts.stepPassed : texts.stepFailed) + ': ';
    item.append(mark, ' ', outcome, text);
    $('verify-steps').append(item);
  }

  /** One step of the check: shown passed, or shown failed and the check stops. */
  function check(holds, text) {
    step(text, holds);
    if (!holds) {
      throw new Failed(text);
    }
  }

  function status(text) {
    $('verify-status').textContent = text;
  }

  function failure(text) {
    const shown = $('verify-failure');
    shown.hidden = !text;
    shown.textContent = text || '';
    panel.classList.toggle('verify-failed', Boolean(text));
  }

  // ---- the key pinned in this browser ----

  function pinned() {
    try {
      return JSON.parse(localStorage.getItem(PINNED_KEY));
    } catch (e) {
      return null;
    }
  }

  async function get(path) {
    const answer = await fetch(path, {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    if (answer.status === 404 && path.endsWith('/checkpoint')) {
      throw new NotYet();
    }
    if (!answer.ok) {
      throw new Error(path + ': ' + answer.status);
    }
    return answer.json();
  }

  /** The key the service serves, with its DER bytes and the key id computed here from them. */
  async function servedKey() {
    const served = await get('/app/integrity/public-key');
    const der = pemToDer(served.publicKeyPem);
    const digest = await sha256(der);
    return {keyId: hex(digest), der: base64(der), fingerprint: 'SHA256:' + base64(digest).replace(/=+$/, ''),
      claimedKeyId: served.keyId};
  }

  async function showKey() {
    const key = pinned();
    const warning = $('key-warning');
    warning.hidden = true;
    $('unpin-key').hidden = !key;
    $('pinned-key').hidden = !key;
    $('pin-offer').hidden = true;
    if (key) {
      $('pinned-key').textContent = say(texts.pinned, {key: key.keyId});
      $('verify-button').hidden = false;
      return;
    }
    $('verify-button').hidden = true;
    const served = await servedKey();
    $('offered-key-id').textContent = served.keyId;
    $('offered-fingerprint').textContent = served.fingerprint;
    $('pin-offer').hidden = false;
    $('pin-key').onclick = () => {
      localStorage.setItem(PINNED_KEY, JSON.stringify({keyId: served.keyId, der: served.der}));
      showKey();
    };
  }

  /** The pinned key, for Web Crypto; the check fails, loudly, when the service serves another. */
  async function pinnedKey() {
    const key = pinned();
    const served = await servedKey();
    if (served.keyId !== key.keyId) {
      const warning = $('key-warning');
      warning.textContent = say(texts.keyChanged, {served: short(served.keyId), pinned: short(key.keyId)});
      warning.hidden = false;
    }
    check(served.keyId === key.keyId, say(texts.stepKey, {key: short(key.keyId)}));
    return {keyId: key.keyId, crypto: await crypto.subtle.importKey('spki', unbase64(key.der), {name: 'Ed25519'},
      false, ['verify'])};
  }

  async function checkSignature(checkpoint, key) {
    const holds = checkpoint.keyId === key.keyId && await crypto.subtle.verify({name: 'Ed25519'}, key.crypto,
        unhex(checkpoint.signature), signedMessage(checkpoint));
    check(holds, say(texts.stepSignature, {size: checkpoint.treeSize}));
  }

  // ---- the checks ----

  /** The record is in the tree of the checkpoint of its proof; that checkpoint, verified. */
  async function checkInclusion(key) {
    const served = await get('/app/integrity/decisions/' + encodeURIComponent(decision) + '/proof');
    const proof = served.proof;
    let record = null;
    try {
      record = JSON.parse(served.record);
    } catch (e) {
      // answered by the step below
    }
    check(record !== null && record.id === decision && proof.decisionId === decision,
        say(texts.stepRecord, {seq: proof.seq}));
    const leaf = await leafHash(served.record);
    step(say(texts.stepLeaf, {leaf: short(hex(leaf))}), true);
    const root = await inclusionRoot(proof.leafIndex, proof.treeSize, leaf, proof.auditPath.map(unhex));
    check(root !== null, say(texts.stepPath, {n: proof.auditPath.length, root: root ? short(hex(root)) : '–'}));
    const checkpoint = proof.checkpoint;
    if (!checkpoint) {
      throw new NotYet();
    }
    check(checkpoint.treeSize === proof.treeSize && same(root, unhex(checkpoint.rootHash)),
        say(texts.stepRoot, {size: checkpoint.treeSize}));
    await checkSignature(checkpoint, key);
    return checkpoint;
  }

  /**
   * The checkpoint verified now and the one this browser saw last are of one log, the smaller the start of the
   * larger; the larger is remembered. Only roots this browser verified itself are compared.
   */
  async function checkConsistency(checkpoint, key) {
    let seen = null;
    try {
      seen = JSON.parse(localStorage.getItem(SEEN_CHECKPOINT));
    } catch (e) {
      // nothing remembered
    }
    if (!seen) {
      step(say(texts.stepFirstSeen, {size: checkpoint.treeSize}), true);
    } else if (seen.treeSize === checkpoint.treeSize) {
      check(seen.rootHash === checkpoint.rootHash, say(texts.stepSame, {size: checkpoint.treeSize}));
    } else {
      const older = seen.treeSize < checkpoint.treeSize ? seen : checkpoint;
      const newer = older === seen ? checkpoint : seen;
      const proof = await get('/app/integrity/consistency?from=' + older.treeSize + '&to=' + newer.treeSize);
      const holds = proof.fromTreeSize === older.treeSize && proof.toTreeSize === newer.treeSize
          && await consistent(older.treeSize, newer.treeSize, unhex(older.rootHash), unhex(newer.rootHash),
              proof.consistencyPath.map(unhex));
      check(holds, say(texts.stepConsistency, {from: older.treeSize, to: newer.treeSize,
        n: proof.consistencyPath.length}));
    }
    if (!seen || checkpoint.treeSize > seen.treeSize) {
      localStorage.setItem(SEEN_CHECKPOINT, JSON.stringify({treeSize: checkpoint.treeSize,
        rootHash: checkpoint.rootHash}));
    }
    return seen !== null;
  }

  async function verify() {
    $('verify-steps').replaceChildren();
    failure(null);
    status(texts.working);
    $('verify-button').disabled = true;
    try {
      const key = await pinnedKey();
      let checkpoint;
      if (decision) {
        checkpoint = await checkInclusion(key);
      } else {
        checkpoint = await get('/app/integrity/checkpoint');
        await checkSignature(checkpoint, key);
      }
      const comparedWithSeen = await checkConsistency(checkpoint, key);
      status(comparedWithSeen ? texts.passed : texts.passedFirst);
      panel.classList.add('verify-passed');
    } catch (e) {
      panel.classList.remove('verify-passed');
      status('');
      if (e instanceof NotYet) {
        status(texts.notYet);
      } else if (e instanceof Failed || e instanceof DOMException) {
        // DOMException: Web Crypto refused what was served as a key or signature.
        failure(texts.failed);
      } else {
        failure(texts.unavailable);
      }
    } finally {
      $('verify-button').disabled = false;
    }
  }

  if (!window.crypto || !crypto.subtle) {
    status(texts.noCrypto);
    return;
  }
  $('verify-button').addEventListener('click', verify);
  $('unpin-key').addEventListener('click', () => {
    localStorage.removeItem(PINNED_KEY);
    $('verify-steps').replaceChildren();
    failure(null);
    status('');
    showKey().catch(() => failure(texts.unavailable));
  });
  showKey().catch(() => failure(texts.unavailable));
})();
