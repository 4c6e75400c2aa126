// ogcard serve: search on the gallery, live updates on every page (server-sent events), the
// debug toggle and the design playground on a post's page. User data is only ever set with
// textContent or as attribute values, never as markup.
"use strict";

// Errors the page met, for tests (and curious users) to read: window.ogcardErrors.
window.ogcardErrors = [];
window.addEventListener("error", (event) => {
  window.ogcardErrors.push(String(event.message || (event.target && event.target.src) || "error"));
}, true);
window.addEventListener("unhandledrejection", (event) => {
  window.ogcardErrors.push("unhandled rejection: " + String(event.reason));
});

const page = document.body.dataset.page;

function setStatus(root, data) {
  const status = root.querySelector("[data-role=status]");
  if (status) {
    status.className = "status status-" + data.css;
    status.textContent = data.status + (data.detail ? ": " + data.detail : "");
  }
  const error = root.querySelector("[data-role=error]");
  if (error) {
    error.textContent = data.error || "";
    error.hidden = !data.error;
  }
}

function cardURL(id, version, debug) {
  return "/card/" + id + ".png?v=" + version + (debug ? "&debug=1" : "");
}

function listen(handlers) {
  if (!window.EventSource) return;
  const source = new EventSource("/events");
  for (const [name, handler] of Object.entries(handlers)) {
    source.addEventListener(name, (event) => handler(JSON.parse(event.data)));
  }
  window.addEventListener("beforeunload", () => source.close());
}

function siteError(data) {
  const box = document.getElementById("site-error");
  if (!box) return;
  box.textContent = data && data.error ? data.error : "";
  box.hidden = !(data && data.error);
}

// MARK: Gallery

function gallery() {
  const search = document.getElementById("search");
  const items = Array.from(document.querySelectorAll("#gallery .item"));
  const noMatch = document.getElementById("no-match");
  function filter() {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const text = item.dataset.search;
      const match = words.every((word) => text.includes(word));
      item.hidden = !match;
      if (match) shown += 1;
    }
    noMatch.hidden = shown > 0 || items.length === 0;
  }
  search.addEventListener("input", filter);
  const query = new URLSearchParams(location.search).get("q");
  if (query) { search.value = query; }
  filter();
  listen({
    card: (data) => {
      const item = document.querySelector('#gallery .item[data-id="' + data.id + '"]');
      if (!item) return;
      setStatus(item, data);
      const image = item.querySelector("img.thumb");
      if (image && data.hasCard) image.src = cardURL(data.id, data.version, false);
    },
    posts: () => location.reload(),
    site: siteError,
  });
}

// MARK: Post

function post() {
  const data = JSON.parse(document.getElementById("post-data").textContent);
  const card = document.getElementById("card");
  const toggle = document.getElementById("debug-toggle");
  let version = data.version;
  const playground = makePlayground(data);

  function showCard() {
    card.src = cardURL(data.id, version, toggle.checked);
    for (const image of document.querySelectorAll(".mock-img")) image.src = cardURL(data.id, version, false);
  }
  toggle.addEventListener("change", showCard);

  async function refresh() {
    const response = await fetch("/api/post/" + data.id + ".json", { cache: "no-store" });
    if (!response.ok) return;
    const info = await response.json();
    setStatus(document.querySelector("header.top"), info);
    for (const field of ["title", "description", "siteName", "domain", "meta"]) {
      for (const element of document.querySelectorAll('[data-field="' + field + '"]')) {
        element.textContent = info[field];
      }
    }
    document.title = info.title + " · ogcard serve";
    if (info.hasCard && info.version !== version) {
      version = info.version;
      showCard();
    }
    playground.redraw();
  }

  listen({
    card: (event) => { if (event.id === data.id) refresh().catch((error) => window.ogcardErrors.push(String(error))); },
    posts: () => refresh().catch(() => {}),
    site: siteError,
  });
}

// The playground: one request in flight per page, a newer edit aborts the older request, and
// edits are debounced, so typing costs one render per pause.
function makePlayground(data) {
  const form = document.getElementById("playground-form");
  const image = document.getElementById("playground-card");
  const yaml = document.getElementById("playground-yaml");
  const error = document.getElementById("playground-error");
  const client = Math.random().toString(36).slice(2, 12);
  let timer = null;
  let inFlight = null;
  let shownURL = null;

  for (const [name, value] of Object.entries(data.initial)) {
    const input = form.elements[name];
    if (!input) continue;
    if (input.type === "checkbox") input.checked = value === "true";
    else input.value = value;
  }

  function values() {
    const result = {};
    for (const input of form.elements) {
      if (!input.name) continue;
      result[input.name] = input.type === "checkbox" ? (input.checked ? "true" : "false") : input.value.trim();
    }
    return result;
  }

  function quote(text) {
    return '"' + text.replace(/\\/g, "\\\\").replace(/"/g, '\\"') + '"';
  }

  function writeYAML(current) {
    if (current.style === "ogcard") { yaml.textContent = "design: ogcard\n"; return; }
    const defaults = data.defaults[current.style] || {};
    let text = "design:\n  style: " + quote(current.style) + "\n";
    for (const [name, value] of Object.entries(current)) {
      if (name === "style" || value === (defaults[name] || "")) continue;
      if (value === "" && !defaults[name]) continue;
      text += "  " + name + ": " + quote(value) + "\n";
    }
    yaml.textContent = text;
  }

  function swatches(current) {
    for (const swatch of document.querySelectorAll("[data-swatch]")) {
      const value = current[swatch.dataset.swatch] || "";
      swatch.style.background = /^#?[0-9a-fA-F]{3,8}$/.test(value) ? (value.startsWith("#") ? value : "#" + value) : "transparent";
    }
  }

  async function draw() {
    const current = values();
    writeYAML(current);
    swatches(current);
    const params = new URLSearchParams(current);
    params.set("client", client);
    const url = "/playground/" + data.id + ".png?" + params.toString();
    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    try {
      const response = await fetch(url, { signal: controller.signal, cache: "no-store" });
      if (response.status === 204) return; // overtaken by a newer edit
      if (!response.ok) {
        error.textContent = await response.text();
        error.hidden = false;
        return;
      }
      const blob = await response.blob();
      if (controller.signal.aborted) return;
      error.hidden = true;
      if (shownURL) URL.revokeObjectURL(shownURL);
      shownURL = URL.createObjectURL(blob);
      image.src = shownURL;
    } catch (problem) {
      if (problem.name !== "AbortError") { error.textContent = String(problem); error.hidden = false; }
    } finally {
      if (inFlight === controller) inFlight = null;
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(draw, 200);
  }
  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  form.addEventListener("submit", (event) => event.preventDefault());

  document.getElementById("copy-yaml").addEventListener("click", async () => {
    const done = document.getElementById("copy-done");
    try {
      await navigator.clipboard.writeText(yaml.textContent);
      done.textContent = "Copied.";
    } catch (problem) {
      const range = document.createRange();
      range.selectNodeContents(yaml);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      done.textContent = "Selected: press Ctrl-C (or ⌘C) to copy.";
    }
  });

  draw();
  return { redraw: schedule };
}

if (page === "gallery") gallery();
if (page === "post") post();
