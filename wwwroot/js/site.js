// LoyaltyArena's only script of its own: live signals and the quiz countdown. Pages work without it.
"use strict";
(() => {
  // SignalR carries a topic only ("points", "board"); htmx re-fetches every fragment listening for that event, so a page
  // shows fresh server-rendered HTML and no data travels over the socket.
  const hubUrl = document.body.dataset.hub;
  if (hubUrl && window.signalR && window.htmx) {
    const connection = new signalR.HubConnectionBuilder()
      .withUrl(hubUrl)
      .withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
      .build();
    const raise = topic => htmx.trigger(document.body, "arena:" + topic);
    connection.on("changed", raise);
    connection.onreconnecting(() => { document.body.dataset.live = "reconnecting"; });
    connection.onreconnected(() => {
      document.body.dataset.live = "on";
      ["points", "board", "rewards"].forEach(raise);
    });
    const start = () => connection.start()
      .then(() => { document.body.dataset.live = "on"; })
      .catch(() => setTimeout(start, 5000));
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
