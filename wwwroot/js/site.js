// LoyaltyArena's only script of its own: live signals and the quiz countdown. Pages work without it.
"use strict";
(() => {
  // Paint first, behaviour after: htmx and SignalR are fetched once the first text is on screen (a page that never
  // paints, a tab opened in the background, gets them a second after loading), and run in order; forms work before.
  const libraries = (document.currentScript?.dataset.libraries || "").split(" ").filter(Boolean);
  const whenPainted = (then) => {
    let done = false;
    const once = () => { if (!done) { done = true; then(); } };
    if (window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).includes("paint")) {
      new PerformanceObserver((list, observer) => {
        if (!list.getEntries().some((entry) => entry.name === "first-contentful-paint")) return;
        observer.disconnect();
        setTimeout(once, 0);
      }).observe({ type: "paint", buffered: true });
      addEventListener("load", () => setTimeout(once, 1000));
    } else requestAnimationFrame(() => setTimeout(once, 0));
  };
  whenPainted(() => {
    let last;
    for (const src of libraries) {
      last = document.createElement("script");
      last.src = src;
      last.async = false;
      document.head.appendChild(last);
    }
    if (last) last.addEventListener("load", live);
  });

  // SignalR brings a member's own signals as a topic ("points", "notices"...): htmx re-fetches every fragment listening
  // for that event. Boards are pushed as HTML rendered once on the server for all watchers, with the score moves
  // ([before, after]); a page re-fetches its own "me" part only when a move crosses its points range (data-lo..data-hi).
  function live() {
    const hubUrl = document.body.dataset.hub;
    if (hubUrl && window.signalR && window.htmx) {
      const connection = new signalR.HubConnectionBuilder()
        .withUrl(hubUrl)
        .withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
        .configureLogging(signalR.LogLevel.Warning) // its information lines cost a slow phone more than they tell
        .build();
      const raise = topic => htmx.trigger(document.body, "arena:" + topic);
      const language = document.documentElement.lang || "id";
      const offNotice = document.querySelector("[data-live-off]");
      const setLive = on => {
        document.body.dataset.live = on ? "on" : "off";
        if (offNotice) offNotice.hidden = on;
      };
      const crosses = (el, moves) => {
        if (!el || el.dataset.lo === undefined || el.dataset.lo === "") return false;
        const lo = Number(el.dataset.lo), hi = Number(el.dataset.hi);
        return moves.some(([before, after]) => Math.max(before, after) >= lo && Math.min(before, after) <= hi);
      };
      const markMe = board => {
        for (const row of board.querySelectorAll("#board-top [data-id]")) {
          const mine = row.dataset.id === board.dataset.me;
          row.classList.toggle("is-me", mine);
          if (mine) row.setAttribute("aria-current", "true"); else row.removeAttribute("aria-current");
        }
      };
      const watch = () => {
        const board = document.querySelector("[data-live-board]");
        if (board && board.dataset.liveBoard) return connection.invoke("Watch", board.dataset.scope, board.dataset.period, language);
        const other = document.querySelector("[data-watch]");
        if (other) return connection.invoke("Watch", other.dataset.watch, other.dataset.watchPeriod || "week", language);
        return Promise.resolve();
      };
      connection.on("changed", raise);
      connection.on("board", (key, html, moves) => {
        const board = document.querySelector("[data-live-board]");
        if (!board || board.dataset.liveBoard !== key) return;
        const top = board.querySelector("#board-top");
        if (top) { top.innerHTML = html; markMe(board); }
        if (crosses(board, moves) || !top) raise("overtaken");
      });
      connection.on("moves", (key, moves) => {
        if (crosses(document.getElementById("home-summary"), moves)) raise("rank");
      });
      connection.onreconnecting(() => setLive(false));
      connection.onclose(() => setLive(false));
      connection.onreconnected(() => {
        setLive(true);
        // A new connection has no groups, and whatever changed meanwhile was missed: watch again, then re-fetch.
        watch().finally(() => ["points", "notices", "rewards", "overtaken", "rank", "board", "live"].forEach(raise));
      });
      // After an htmx swap the board may be another one (or gone): follow what is on the page now.
      document.body.addEventListener("htmx:afterSettle", () => {
        if (connection.state === "Connected") watch().catch(() => {});
      });
      const start = () => connection.start()
        .then(() => watch())
        .then(() => setLive(true))
        .catch(() => { setLive(false); setTimeout(start, 5000); });
      // Connecting waits for an idle moment, so a slow phone handles the reader's first taps before it.
      if (window.requestIdleCallback) requestIdleCallback(start, { timeout: 1000 }); else setTimeout(start, 0);
    }
  }

  // The server keeps the real time limit; this only shows it.
  const tick = () => {
    for (const el of document.querySelectorAll("[data-deadline]")) {
      const left = Math.max(0, Math.round((Date.parse(el.dataset.deadline) - Date.now()) / 1000));
      el.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
      el.closest(".timer")?.classList.toggle("is-late", left === 0);
    }
  };
  tick();
  setInterval(tick, 1000);
  document.body.addEventListener("htmx:afterSwap", tick);

  // Clerks mostly sign in with a phone number: the field opens the number pad; one tap switches it to letters for an email.
  for (const button of document.querySelectorAll("[data-keyboard-for]")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const field = document.getElementById(button.dataset.keyboardFor);
      const email = field.inputMode !== "email";
      field.inputMode = email ? "email" : "tel";
      button.textContent = email ? button.dataset.phoneLabel : button.dataset.emailLabel;
      field.focus();
    });
  }

  // Installable and readable offline: the worker keeps the last copy of the main pages; the banner says when it is old.
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js").catch(() => {});
    // At most every half hour, so Home stays one request on a good day.
    const precache = document.querySelector("[data-precache]");
    const last = Number(localStorage.getItem("arena-precached-at") || 0);
    if (precache && navigator.onLine && Date.now() - last > 30 * 60 * 1000) navigator.serviceWorker.ready.then((registration) => {
      registration.active?.postMessage({ precache: precache.dataset.precache.split(" ") });
      localStorage.setItem("arena-precached-at", String(Date.now()));
    });
  }
  const offline = document.querySelector("[data-offline]");
  if (offline) {
    const show = () => {
      offline.hidden = navigator.onLine;
      if (navigator.onLine) return; // formatting a date wakes the Intl machinery: only when the banner shows
      const at = document.querySelector("meta[name=rendered-at]")?.content;
      const time = offline.querySelector("time");
      if (at && time) time.textContent = new Date(at).toLocaleString(document.documentElement.lang, { dateStyle: "medium", timeStyle: "short" });
    };
    window.addEventListener("online", show);
    window.addEventListener("offline", show);
    show();
  }

  // Answers given offline wait in this phone's storage and are posted once the connection is back.
  const QUEUE = "arena-queued-posts";
  const queued = () => JSON.parse(localStorage.getItem(QUEUE) || "[]");
  for (const form of document.querySelectorAll("form[data-offline-queue]")) {
    form.addEventListener("submit", (event) => {
      if (navigator.onLine) return;
      event.preventDefault();
      localStorage.setItem(QUEUE, JSON.stringify([...queued(), { action: form.action, body: new URLSearchParams(new FormData(form)).toString() }]));
      const status = form.querySelector("[data-queued]");
      if (status) { status.hidden = false; status.textContent = form.dataset.queuedText; }
    });
  }
  const syncing = document.querySelector("[data-syncing]");
  const flush = async () => {
    const waiting = queued();
    if (!navigator.onLine || waiting.length === 0) return;
    if (syncing) syncing.hidden = false;
    const left = [];
    for (const post of waiting) {
      try {
        const response = await fetch(post.action, { method: "POST", body: post.body, credentials: "same-origin",
          headers: { "Content-Type": "application/x-www-form-urlencoded" } });
        if (!response.ok && response.status >= 500) left.push(post);
      } catch { left.push(post); }
    }
    localStorage.setItem(QUEUE, JSON.stringify(left));
    if (syncing) syncing.hidden = left.length > 0 ? false : true;
  };
  window.addEventListener("online", flush);
  flush();

  // Copy a voucher code in one tap (the button shows only where the clipboard can be used).
  const copyButtons = (root) => {
    for (const button of root.querySelectorAll("[data-copy]")) {
      if (!navigator.clipboard || button.dataset.ready) continue;
      button.dataset.ready = "1";
      button.hidden = false;
      button.addEventListener("click", () => navigator.clipboard.writeText(button.dataset.copy)
        .then(() => { button.textContent = button.dataset.copiedText; }));
    }
  };
  copyButtons(document);
  document.body.addEventListener("htmx:afterSwap", (event) => copyButtons(event.target));

  // A shared phone: tapping a clerk's name opens their PIN field with the number pad up.
  for (const clerk of document.querySelectorAll("details[data-clerk]")) {
    clerk.addEventListener("toggle", () => { if (clerk.open) clerk.querySelector("input.pin")?.focus(); });
    if (clerk.open) clerk.querySelector("input.pin")?.focus();
  }
})();
