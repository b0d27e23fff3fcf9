// Paint first, behaviour after: the page is readable (and its forms work) before any script arrives. htmx, SignalR and
// the site script are fetched once the first text is on screen, and run in order; a page that never paints (a tab
// opened in the background) gets them a second after it has loaded.
"use strict";
(() => {
  const scripts = document.currentScript.dataset.scripts.split(" ");
  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    for (const src of scripts) {
      const script = document.createElement("script");
      script.src = src;
      script.async = false;
      document.head.appendChild(script);
    }
  };
  if (window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).includes("paint")) {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntries().some((entry) => entry.name === "first-contentful-paint")) return;
      observer.disconnect();
      setTimeout(load, 0);
    }).observe({ type: "paint", buffered: true });
    addEventListener("load", () => setTimeout(load, 1000));
  } else {
    requestAnimationFrame(() => setTimeout(load, 0));
  }
})();
