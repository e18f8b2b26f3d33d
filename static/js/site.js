/*
 * Small, optional enhancements. Every page works without this file; it only adds:
 * - the press kit's copy buttons (hidden until this script shows them),
 * - the innovation video: the player loads from its host only after a click,
 * - the menu disclosure closes with Escape.
 * No inline handlers: the Content Security Policy allows scripts from this site only.
 */
(function () {
  "use strict";

  function announce(text) {
    var status = document.querySelector("[data-copy-status]");
    if (!status) return;
    status.textContent = "";
    // A fresh text node after a tick, so screen readers announce a repeated "Copied" too.
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (error) {
        ok = false;
      }
      document.body.removeChild(area);
      if (ok) resolve();
      else reject(new Error("copy failed"));
    });
  }

  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var status = document.querySelector("[data-copy-status]");
      copyText(source.innerText.trim()).then(
        function () {
          announce(status ? status.getAttribute("data-copied-text") : "Copied");
        },
        function () {
          announce(status ? status.getAttribute("data-failed-text") : "");
        }
      );
    });
  });

  document.querySelectorAll(".video__frame[data-video-src]").forEach(function (frame) {
    var play = frame.querySelector("a[data-video-play]");
    if (!play) return;
    play.addEventListener("click", function (event) {
      event.preventDefault();
      var iframe = document.createElement("iframe");
      iframe.src = frame.getAttribute("data-video-src");
      iframe.title = frame.getAttribute("data-video-title") || play.textContent;
      iframe.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      iframe.allowFullscreen = true;
      iframe.referrerPolicy = "strict-origin-when-cross-origin";
      frame.replaceChildren(iframe);
      iframe.focus();
    });
  });

  document.querySelectorAll("details[data-menu]").forEach(function (menu) {
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
  });
})();
