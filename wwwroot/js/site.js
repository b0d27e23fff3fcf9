// LoyaltyArena's only script of its own: live signals and the quiz countdown. Pages work without it.
"use strict";
(() => {
  // SignalR brings a member's own signals as a topic ("points", "notices"...): htmx re-fetches every fragment listening
  // for that event. Boards are pushed as HTML rendered once on the server for all watchers, with the score moves
  // ([before, after]); a page re-fetches its own "me" part only when a move crosses its points range (data-lo..data-hi).
  const hubUrl = document.body.dataset.hub;
  if (hubUrl && window.signalR && window.htmx) {
    const connection = new signalR.HubConnectionBuilder()
      .withUrl(hubUrl)
      .withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
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
    start();
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
})();
