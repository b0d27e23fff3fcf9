// Paint first, behaviour after: the page is readable (and its forms work) before any script arrives. htmx, SignalR and
// the site script are fetched once the first frame is on screen, and run in order.
"use strict";
(() => {
  const scripts = document.currentScript.dataset.scripts.split(" ");
  requestAnimationFrame(() => setTimeout(() => {
    for (const src of scripts) {
      const script = document.createElement("script");
      script.src = src;
      script.async = false;
      document.head.appendChild(script);
    }
  }, 0));
})();
